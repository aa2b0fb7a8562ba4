import type { TargetInput } from '../../api/schemas/registers/target';
import type { AgreementKey, CustomerKey, ServiceKey } from './sample-keys';

/** A value that differs from a usual month, by periods before the target's latest (0: the latest). */
export type Exceptions = Record<number, { value: number; note: string }>;

/** How a target performed over the last 18 months. */
export type SamplePerformance =
  /** Usual values drawn between `low` and `high` (the met side of the threshold), plus exceptions. */
  | { kind: 'series'; low: number; high: number; decimals: number; exceptions?: Exceptions }
  /** A steady climb with no judgement: values only, for a target that has no threshold. */
  | { kind: 'trend'; start: number; step: number; decimals: number }
  /** The customer's quarterly satisfaction survey scores, as recorded on the customer. */
  | { kind: 'surveys'; customer: CustomerKey }
  /** Agreed but never reported on. */
  | { kind: 'never' };

export interface SampleTarget {
  agreement: AgreementKey;
  service?: ServiceKey;
  values: Omit<TargetInput, 'agreementId' | 'serviceId'>;
  performance: SamplePerformance;
}

type Definition = Omit<SampleTarget, 'agreement'>;

const percentAtLeast = (name: string, metric: 'availability' | 'custom', threshold: number) =>
  ({ name, metric, comparison: '>=', threshold, unit: '%', period: 'monthly' }) as const;
const atMost = (
  name: string,
  metric: 'response_time' | 'resolution_time' | 'custom',
  threshold: number,
  unit: string,
) => ({ name, metric, comparison: '<=', threshold, unit, period: 'monthly' }) as const;
const satisfaction = {
  name: 'Customer satisfaction (quarterly survey)',
  metric: 'satisfaction',
  comparison: '>=',
  threshold: 4,
  unit: 'score (1–5)',
  period: 'quarterly',
} as const;

const series = (low: number, high: number, decimals: number, exceptions?: Exceptions): SamplePerformance => ({
  kind: 'series',
  low,
  high,
  decimals,
  ...(exceptions ? { exceptions } : {}),
});

/**
 * The service level targets of each agreement (8.3.3) and how they performed. Most are met month
 * after month. The exceptions tell the stories an auditor will ask about: Calderbrook's hosting
 * availability breached in the latest month after a storage failure, Northmoor's priority 2
 * resolution breached in five of the last six months, a handful of older one-off breaches, the
 * Larchmere OLA target that has never been reported, and Group Finance's storage figure that has
 * no threshold and so cannot be judged.
 */
const targetsByAgreement: Record<AgreementKey, Definition[]> = {
  slaCalderbrook: [
    {
      service: 'privateCloud',
      values: percentAtLeast('Hosting availability (Resilient tier)', 'availability', 99.95),
      performance: series(99.96, 100, 2, {
        0: {
          value: 99.71,
          note: 'Storage controller failure at LDS1: banking cluster down 3 h 40 min. Problem record open; firmware fix booked with the maintainer.',
        },
      }),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident response', 'response_time', 15, 'minutes'),
      performance: series(4, 12, 0),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident resolution', 'resolution_time', 4, 'hours'),
      performance: series(1.2, 3.6, 1),
    },
    {
      service: 'disasterRecovery',
      values: {
        ...atMost('Recovery time in disaster recovery tests', 'custom', 4, 'hours'),
        period: 'half_yearly',
      },
      performance: series(2.4, 3.5, 1),
    },
    { values: satisfaction, performance: { kind: 'surveys', customer: 'calderbrook' } },
  ],
  slaNorthmoor: [
    {
      service: 'serviceDesk',
      values: percentAtLeast('Calls answered within 60 seconds', 'custom', 90),
      performance: series(90.5, 95, 1),
    },
    {
      service: 'workplace',
      values: atMost('Priority 2 incident mean resolution time', 'resolution_time', 8, 'hours'),
      performance: series(5.5, 7.6, 1, {
        0: {
          value: 9.4,
          note: 'Scanner docking faults at Doncaster again; parts awaited from the manufacturer.',
        },
        1: {
          value: 10.2,
          note: 'Wireless controller upgrade at two warehouses caused repeat scanner drop-outs.',
        },
        2: { value: 8.7, note: 'Backlog after the wireless upgrade.' },
        4: {
          value: 9.1,
          note: 'Scanner faults at Doncaster and Goole; engineer visits limited to two a week.',
        },
        5: { value: 8.4, note: 'First month of repeated scanner faults.' },
      }),
    },
    {
      service: 'sdWan',
      values: percentAtLeast('Warehouse site availability (dual circuit)', 'availability', 99.9),
      performance: series(99.92, 100, 2),
    },
    {
      service: 'deviceLifecycle',
      values: percentAtLeast('New devices delivered within 5 working days', 'custom', 95),
      performance: series(95.5, 99.5, 1, {
        9: {
          value: 86,
          note: 'Courier depot relocation and a laptop supply shortage; buffer stock introduced.',
        },
      }),
    },
  ],
  slaLindevelt: [
    {
      service: 'sdWan',
      values: percentAtLeast('Glasshouse site availability', 'availability', 99.9),
      performance: series(99.91, 100, 2),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident response', 'response_time', 15, 'minutes'),
      performance: series(5, 13, 0),
    },
    { values: satisfaction, performance: { kind: 'surveys', customer: 'lindevelt' } },
  ],
  slaMarrowby: [
    {
      service: 'backup',
      values: percentAtLeast('Backup jobs completed successfully', 'custom', 99),
      performance: series(99.2, 99.9, 1, {
        8: {
          value: 97.6,
          note: 'Backup appliance disk failure at LDS1; failed jobs re-run the following night.',
        },
      }),
    },
    {
      service: 'patching',
      values: percentAtLeast('Critical patches applied within 14 days', 'custom', 95),
      performance: series(95.5, 99.5, 1),
    },
    {
      service: 'backup',
      values: atMost('Restore started after request', 'response_time', 4, 'hours'),
      performance: series(0.5, 2.5, 1),
    },
  ],
  slaFenwright: [
    {
      service: 'privateCloud',
      values: percentAtLeast('Document management availability', 'availability', 99.9),
      performance: series(99.93, 100, 2),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident response', 'response_time', 15, 'minutes'),
      performance: series(4, 12, 0),
    },
    {
      service: 'identity',
      values: atMost('Password reset fulfilment', 'resolution_time', 30, 'minutes'),
      performance: series(8, 24, 0),
    },
  ],
  slaZeelmond: [
    {
      service: 'privateCloud',
      values: percentAtLeast('Terminal system hosting availability', 'availability', 99.95),
      performance: series(99.96, 100, 2),
    },
    {
      service: 'database',
      values: percentAtLeast('Database availability', 'availability', 99.95),
      performance: series(99.97, 100, 2, {
        13: { value: 99.88, note: 'Failover stalled during patching; runbook corrected and retested.' },
      }),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident resolution', 'resolution_time', 4, 'hours'),
      performance: series(1, 3.5, 1),
    },
  ],
  slaLarchmere: [
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident response (school hours)', 'response_time', 30, 'minutes'),
      performance: series(6, 22, 0),
    },
    {
      service: 'deviceLifecycle',
      values: atMost('Device repair turnaround', 'resolution_time', 3, 'working days'),
      performance: series(1.5, 2.8, 1),
    },
  ],
  slaSkelbrook: [
    {
      service: 'colocation',
      values: percentAtLeast('Rack power availability', 'availability', 99.99),
      performance: series(99.995, 100, 3),
    },
    {
      service: 'remoteHands',
      values: atMost('Engineer at the rack', 'response_time', 60, 'minutes'),
      performance: series(18, 50, 0),
    },
  ],
  slaOostduin: [
    {
      service: 'privateCloud',
      values: percentAtLeast('Client record system availability', 'availability', 99.9),
      performance: series(99.92, 100, 2),
    },
    {
      service: 'backup',
      values: percentAtLeast('Backup jobs completed successfully', 'custom', 99),
      performance: series(99.1, 99.9, 1),
    },
    {
      service: 'serviceDesk',
      values: atMost('Priority 1 incident response', 'response_time', 15, 'minutes'),
      performance: series(4, 12, 0),
    },
    { values: satisfaction, performance: { kind: 'surveys', customer: 'oostduin' } },
  ],
  slaHolmewater: [
    {
      service: 'serviceDesk',
      values: percentAtLeast('Calls answered within 60 seconds', 'custom', 90),
      performance: series(90.5, 96, 1, {
        10: { value: 84.2, note: 'Storm closed two offices; home-working calls tripled for a week.' },
      }),
    },
    {
      service: 'serviceDesk',
      values: percentAtLeast('First-contact resolution', 'custom', 70),
      performance: series(71, 78, 1),
    },
    { values: satisfaction, performance: { kind: 'surveys', customer: 'holmewater' } },
  ],
  slaGroupFinance: [
    {
      service: 'privateCloud',
      values: percentAtLeast('ERP hosting availability (business hours)', 'availability', 99.9),
      performance: series(99.93, 100, 2),
    },
    {
      service: 'database',
      values: atMost('Month-end support response', 'response_time', 30, 'minutes'),
      performance: series(5, 25, 0),
    },
    {
      service: 'database',
      // Reported every month, but nobody agreed what "good" is: not measurable as a target.
      values: {
        name: 'Storage used by the ERP environment',
        metric: 'custom',
        unit: 'TB',
        period: 'monthly',
      },
      performance: { kind: 'trend', start: 14.2, step: 0.26, decimals: 1 },
    },
  ],
  mouProfessionalServices: [
    {
      service: 'workplace',
      values: atMost('Laptop build turnaround', 'resolution_time', 5, 'working days'),
      performance: series(2, 4.5, 1),
    },
  ],
  olaGroupSecurity: [
    {
      service: 'firewall',
      values: atMost('Security incident triage', 'response_time', 30, 'minutes'),
      performance: series(8, 26, 0, {
        7: { value: 48, note: 'Two analysts absent and no cover on the rota; escalation rota fixed.' },
      }),
    },
    {
      service: 'patching',
      values: percentAtLeast('Servers covered by weekly vulnerability scans', 'custom', 98),
      performance: series(98.2, 99.8, 1),
    },
  ],
  olaGroupFacilities: [
    {
      service: 'serviceDesk',
      values: percentAtLeast('Operations centre power and cooling availability', 'availability', 99.9),
      performance: series(99.95, 100, 2),
    },
    {
      service: 'serviceDesk',
      values: atMost('Access card requests fulfilled', 'resolution_time', 24, 'hours'),
      performance: series(4, 20, 0),
    },
  ],
  olaLarchmere: [
    {
      service: 'workplace',
      values: percentAtLeast('On-site attendance within 4 school hours', 'custom', 90),
      performance: { kind: 'never' },
    },
  ],
  contractIronbridge: [
    {
      service: 'colocation',
      values: percentAtLeast('Suite power availability', 'availability', 99.999),
      performance: series(99.999, 100, 3),
    },
    {
      service: 'remoteHands',
      values: atMost('Smart hands response', 'response_time', 60, 'minutes'),
      performance: series(15, 45, 0),
    },
  ],
  contractPolderpoort: [
    {
      service: 'colocation',
      values: percentAtLeast('Hall power availability', 'availability', 99.999),
      performance: series(99.999, 100, 3),
    },
  ],
  contractStratocirrus: [
    {
      service: 'backup',
      values: percentAtLeast('Object storage availability', 'availability', 99.9),
      performance: series(99.95, 100, 2),
    },
    {
      service: 'publicCloud',
      values: atMost('Severity A support response', 'response_time', 60, 'minutes'),
      performance: series(10, 50, 0),
    },
  ],
  contractFernwick: [
    {
      service: 'network',
      values: percentAtLeast('Circuit availability', 'availability', 99.95),
      performance: series(99.96, 100, 2),
    },
    {
      service: 'sdWan',
      values: atMost('Fault restoration', 'resolution_time', 5, 'hours'),
      performance: series(2, 4.6, 1, {
        8: { value: 7.5, note: 'Fibre cut by road works near Goole; restoration delayed by permits.' },
        10: { value: 6.2, note: 'Faulty line card replaced only on the second visit.' },
        12: { value: 9.8, note: 'Carrier fault desk misrouted the ticket overnight.' },
      }),
    },
  ],
  contractMossgate: [
    {
      service: 'privateCloud',
      values: atMost('Engineer on site after a fault call', 'response_time', 4, 'hours'),
      performance: series(2, 3.8, 1),
    },
  ],
  contractBrackenfold: [
    {
      service: 'licensing',
      values: atMost('Licence orders fulfilled', 'resolution_time', 24, 'hours'),
      performance: series(2, 20, 0),
    },
  ],
  contractVaultline: [
    {
      service: 'backup',
      values: atMost('Tape retrieval on request', 'response_time', 4, 'hours'),
      performance: series(1.5, 3.5, 1),
    },
  ],
  contractKittiwake: [
    {
      service: 'deviceLifecycle',
      values: percentAtLeast('Deliveries on the booked day', 'custom', 95),
      performance: series(95.5, 99, 1, {
        9: { value: 91, note: 'Depot relocation disrupted deliveries for two weeks.' },
      }),
    },
  ],
  contractSkylantern: [
    {
      service: 'monitoring',
      values: percentAtLeast('Monitoring platform availability', 'availability', 99.9),
      performance: series(99.92, 100, 2),
    },
  ],
  // Requirements still being gathered: no targets yet.
  slrDetectionResponse: [],
};

export function sampleTargets(): SampleTarget[] {
  return Object.entries(targetsByAgreement).flatMap(([agreement, definitions]) =>
    definitions.map((definition) => ({ agreement: agreement as AgreementKey, ...definition })),
  );
}

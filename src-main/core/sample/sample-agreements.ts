import type { AgreementInput } from '../../api/schemas/registers/agreement';
import type { SampleCalendar } from './sample-calendar';
import type { AgreementKey, CustomerKey, ServiceKey, SupplierKey } from './sample-keys';
import { people } from './sample-people';

export interface SampleAgreement {
  key: AgreementKey;
  customer?: CustomerKey;
  supplier?: SupplierKey;
  services: ServiceKey[];
  values: Omit<
    AgreementInput,
    'customerId' | 'supplierId' | 'serviceIds' | 'reviewCadenceMonths' | 'lastReviewDate' | 'nextReviewDate'
  >;
}

/**
 * Agreements of every type (8.3.1, 8.3.3, 8.3.4): SLAs with the customers, OLAs with internal
 * suppliers and with the customer that acts as a supplier, underpinning contracts with external
 * suppliers, and two "other" agreements (an internal MOU and draft service level requirements).
 * One contract has expired and one ends within 60 days, with its notice date already passed.
 */
export function sampleAgreements(calendar: SampleCalendar): SampleAgreement[] {
  const monthStart = (offset: number) => calendar.monthStart(offset);
  const monthEnd = (offset: number) => calendar.monthEnd(offset);
  const day = (offset: number) => calendar.day(offset);
  const sla = (
    key: AgreementKey,
    customer: CustomerKey,
    services: ServiceKey[],
    values: SampleAgreement['values'],
  ): SampleAgreement => ({ key, customer, services, values });
  const withSupplier = (
    key: AgreementKey,
    supplier: SupplierKey,
    services: ServiceKey[],
    values: SampleAgreement['values'],
  ): SampleAgreement => ({ key, supplier, services, values });

  return [
    sla(
      'slaCalderbrook',
      'calderbrook',
      ['privateCloud', 'dedicatedServers', 'disasterRecovery', 'firewall', 'database', 'serviceDesk'],
      {
        title: 'Hosting and Recovery SLA — Calderbrook Building Society',
        type: 'sla',
        description:
          'Resilient-tier hosting of the online banking and mortgage platforms with recovery to Rotterdam; quarterly ' +
          'service reviews; recovery tested twice a year.',
        startDate: monthStart(-40),
        endDate: monthEnd(20),
        noticePeriodDays: 180,
        owner: people.serviceLevelManager,
        status: 'agreed',
        documentLinks: [
          'DMS CON-0142 Calderbrook SLA v3.2 (signed)',
          'DMS CON-0142-S1 Schedule 1: service levels',
        ],
      },
    ),
    sla(
      'slaNorthmoor',
      'northmoor',
      ['serviceDesk', 'workplace', 'sdWan', 'deviceLifecycle', 'reportingPortal'],
      {
        title: 'Service Desk and Workplace SLA — Northmoor Logistics',
        type: 'sla',
        description:
          'Service desk, managed workplace for 480 users, SD-WAN for eleven warehouses and device logistics.',
        startDate: monthStart(-30),
        endDate: monthEnd(6),
        noticePeriodDays: 90,
        owner: people.serviceLevelManager,
        status: 'agreed',
        documentLinks: ['DMS CON-0187 Northmoor SLA v2.0 (signed)'],
      },
    ),
    sla(
      'slaLindevelt',
      'lindevelt',
      ['workplace', 'productivitySuite', 'sdWan', 'publicCloud', 'licensing'],
      {
        title: 'Workplace and Network SLA — Lindevelt Kwekerijen',
        type: 'sla',
        description:
          'Managed workplace, productivity suite and SD-WAN across the glasshouse sites; Dutch-language support.',
        startDate: monthStart(-26),
        endDate: monthEnd(10),
        noticePeriodDays: 90,
        owner: people.customerSuccessNl,
        status: 'agreed',
        documentLinks: ['DMS CON-0203 Lindevelt SLA v1.1 (signed)'],
      },
    ),
    sla(
      'slaMarrowby',
      'marrowby',
      ['workplace', 'backup', 'productivitySuite', 'patching', 'deviceLifecycle'],
      {
        title: 'Managed Practice IT SLA — Marrowby Dental Group',
        type: 'sla',
        description: 'Workplace, backup of practice management data and patching for 23 practices.',
        startDate: monthStart(-22),
        endDate: monthEnd(14),
        noticePeriodDays: 90,
        owner: people.serviceLevelManager,
        status: 'agreed',
        documentLinks: ['DMS CON-0219 Marrowby Dental SLA v1.0 (signed)'],
      },
    ),
    sla(
      'slaFenwright',
      'fenwright',
      ['privateCloud', 'identity', 'firewall', 'backup', 'productivitySuite', 'certificates'],
      {
        title: 'Hosted Practice Systems SLA — Fenwright Legal',
        type: 'sla',
        description:
          'Hosted document management and practice systems, identity, perimeter security and certificates.',
        startDate: monthStart(-48),
        endDate: monthEnd(12),
        noticePeriodDays: 180,
        owner: people.serviceLevelManager,
        status: 'agreed',
        documentLinks: [
          'DMS CON-0098 Fenwright SLA v4.0 (signed)',
          'DMS CON-0098-V2 Variation: MFA for all users',
        ],
      },
    ),
    sla(
      'slaZeelmond',
      'zeelmond',
      ['privateCloud', 'dedicatedServers', 'database', 'sdWan', 'firewall', 'monitoring'],
      {
        title: 'Terminal Systems Hosting SLA — Zeelmond Havenlogistiek',
        type: 'sla',
        description:
          'Hosting of the terminal operating system at RTM1 with managed database, quay-office SD-WAN and firewall.',
        startDate: monthStart(-34),
        endDate: monthEnd(26),
        noticePeriodDays: 180,
        owner: people.customerSuccessNl,
        status: 'agreed',
        documentLinks: ['DMS CON-0171 Zeelmond SLA v2.1 (signed)'],
      },
    ),
    sla('slaLarchmere', 'larchmere', ['serviceDesk', 'workplace', 'deviceLifecycle'], {
      title: 'Schools IT SLA — Larchmere Academy Trust',
      type: 'sla',
      description:
        'Service desk, managed workplace and device lifecycle for nine schools; response times apply in school hours. ' +
        'First-line on-site support is given by the trust itself under a separate OLA.',
      startDate: monthStart(-20),
      endDate: monthEnd(16),
      noticePeriodDays: 90,
      owner: people.serviceLevelManager,
      status: 'agreed',
      documentLinks: ['DMS CON-0231 Larchmere SLA v1.0 (signed)'],
    }),
    sla('slaSkelbrook', 'skelbrook', ['colocation', 'remoteHands', 'sdWan', 'firewall'], {
      title: 'Colocation and Remote Hands SLA — Skelbrook Precision Engineering',
      type: 'sla',
      description:
        'Two full racks at LDS1 with remote hands, SD-WAN and perimeter firewall; rolling monthly after the first term.',
      startDate: monthStart(-60),
      endDate: null,
      noticePeriodDays: 90,
      owner: people.hostingManager,
      status: 'agreed',
      documentLinks: ['DMS CON-0051 Skelbrook colocation agreement v2.0 (signed)'],
    }),
    sla(
      'slaOostduin',
      'oostduin',
      ['privateCloud', 'backup', 'disasterRecovery', 'identity', 'patching', 'publicCloud'],
      {
        title: 'Care Systems Hosting SLA — Oostduin Zorggroep',
        type: 'sla',
        description:
          'Hosting of the client record system with backup, recovery and patching; access logging retained for 5 years.',
        startDate: monthStart(-19),
        endDate: monthEnd(41),
        noticePeriodDays: 180,
        owner: people.customerSuccessNl,
        status: 'agreed',
        documentLinks: [
          'DMS CON-0240 Oostduin SLA v1.0 (signed)',
          'DMS CON-0240-DPA Data processing agreement',
        ],
      },
    ),
    sla('slaHolmewater', 'holmewater', ['serviceDesk', 'workplace', 'productivitySuite'], {
      title: 'Service Desk and Workplace SLA — Holmewater Housing Association',
      type: 'sla',
      description:
        'Service desk, managed workplace for home and office staff, productivity suite administration.',
      startDate: monthStart(-28),
      endDate: monthEnd(8),
      noticePeriodDays: 90,
      owner: people.serviceLevelManager,
      status: 'agreed',
      documentLinks: ['DMS CON-0196 Holmewater SLA v1.2 (signed)'],
    }),
    sla('slaGroupFinance', 'groupFinance', ['privateCloud', 'database', 'backup'], {
      title: 'Internal SLA — ERP Hosting for Group Finance',
      type: 'sla',
      description:
        'Hosting of the group ERP system with a managed database; business-hours availability with month-end cover.',
      startDate: monthStart(-36),
      endDate: null,
      noticePeriodDays: null,
      owner: people.serviceLevelManager,
      status: 'agreed',
      documentLinks: ['SMS library: Internal SLA ERP v1.3'],
    }),
    {
      key: 'mouProfessionalServices',
      customer: 'professionalServices',
      services: ['serviceDesk', 'workplace'],
      values: {
        title: 'Memorandum of Understanding — Workplace Services for Professional Services',
        type: 'other',
        description:
          'Internal memorandum: the consulting division receives service desk and workplace services on the terms of ' +
          'the standard catalogue, charged back quarterly.',
        startDate: monthStart(-24),
        endDate: null,
        noticePeriodDays: null,
        owner: people.headOfDelivery,
        status: 'agreed',
        documentLinks: ['SMS library: MOU Professional Services v1.0'],
      },
    },
    withSupplier('olaGroupSecurity', 'groupSecurity', ['firewall', 'patching', 'identity'], {
      title: 'OLA — Group IT Security',
      type: 'ola',
      description:
        'Security monitoring of perimeter logs, vulnerability scanning and security incident triage for the services ' +
        'Harbourline delivers.',
      startDate: monthStart(-30),
      endDate: null,
      noticePeriodDays: null,
      owner: people.securityLead,
      status: 'agreed',
      documentLinks: ['SMS library: OLA Group IT Security v2.0'],
    }),
    withSupplier('olaGroupFacilities', 'groupFacilities', ['serviceDesk'], {
      title: 'OLA — Group Facilities',
      type: 'ola',
      description:
        'Power, cooling and access at the Leeds and Rotterdam operations centres that house the service desk.',
      startDate: monthStart(-30),
      endDate: null,
      noticePeriodDays: null,
      owner: people.serviceDeskManager,
      status: 'agreed',
      documentLinks: ['SMS library: OLA Group Facilities v1.1'],
    }),
    withSupplier('olaLarchmere', 'larchmereTechnicians', ['workplace'], {
      title: 'OLA — Larchmere Academy Trust site technicians',
      type: 'ola',
      description:
        'What the trust’s site technicians do in the schools (hands-on first-line support, logging every incident ' +
        'with the service desk) and how quickly, so the SLA with the trust can be met.',
      startDate: monthStart(-20),
      endDate: monthEnd(16),
      noticePeriodDays: 90,
      owner: people.workplaceLead,
      status: 'agreed',
      documentLinks: ['DMS CON-0231-OLA Larchmere OLA v1.0 (signed)'],
    }),
    withSupplier(
      'contractIronbridge',
      'ironbridge',
      ['colocation', 'privateCloud', 'dedicatedServers', 'remoteHands'],
      {
        title: 'Colocation Contract — Ironbridge LDS1',
        type: 'contract',
        description:
          'Two private suites at LDS1 with A+B power, cross-connects and smart hands; service credits for power loss.',
        startDate: monthStart(-62),
        endDate: monthEnd(34),
        noticePeriodDays: 365,
        owner: people.supplierManager,
        status: 'agreed',
        documentLinks: [
          'DMS SUP-0007 Ironbridge master services agreement',
          'DMS SUP-0007-O3 Order form: suite 2',
        ],
      },
    ),
    withSupplier('contractPolderpoort', 'polderpoort', ['colocation', 'disasterRecovery'], {
      title: 'Colocation Contract — Polderpoort RTM1',
      type: 'contract',
      description: 'Hall B space and power at RTM1 for Dutch customers and UK recovery capacity.',
      startDate: monthStart(-45),
      endDate: monthEnd(15),
      noticePeriodDays: 180,
      owner: people.supplierManager,
      status: 'agreed',
      documentLinks: ['DMS SUP-0012 Polderpoort colocation contract'],
    }),
    withSupplier('contractStratocirrus', 'stratocirrus', ['backup', 'publicCloud', 'containerPlatform'], {
      title: 'Cloud Platform Agreement — Stratocirrus',
      type: 'contract',
      description: 'Partner agreement for object storage and infrastructure services in UK and EU regions.',
      startDate: monthStart(-24),
      endDate: monthEnd(12),
      noticePeriodDays: 90,
      owner: people.supplierManager,
      status: 'agreed',
      documentLinks: [
        'DMS SUP-0021 Stratocirrus partner agreement',
        'Provider service level terms (online, version of signing date)',
      ],
    }),
    withSupplier('contractFernwick', 'fernwick', ['network', 'sdWan'], {
      title: 'Carrier Services Contract — Fernwick Fibre',
      type: 'contract',
      description: 'Inter-site circuits, internet transit and last-mile circuits for SD-WAN customer sites.',
      startDate: monthStart(-38),
      endDate: monthEnd(22),
      noticePeriodDays: 90,
      owner: people.supplierManager,
      status: 'agreed',
      documentLinks: ['DMS SUP-0015 Fernwick carrier services agreement'],
    }),
    withSupplier('contractMossgate', 'mossgate', ['privateCloud', 'dedicatedServers', 'backup'], {
      title: 'Hardware Maintenance Contract — Mossgate',
      type: 'contract',
      description:
        'Four-hour on-site break-fix for servers, storage and backup appliances at LDS1 and RTM1. Renewal not yet ' +
        'decided; the notice date has passed.',
      startDate: day(38 - 3 * 365),
      endDate: day(38),
      noticePeriodDays: 90,
      owner: people.supplierManager,
      status: 'agreed',
      documentLinks: ['DMS SUP-0018 Mossgate maintenance agreement'],
    }),
    withSupplier('contractBrackenfold', 'brackenfold', ['productivitySuite', 'licensing'], {
      title: 'Licence Reseller Agreement — Brackenfold',
      type: 'contract',
      description: 'Reseller terms for productivity suite and server licences bought on customers’ behalf.',
      startDate: monthStart(-30),
      endDate: monthEnd(22),
      noticePeriodDays: 30,
      owner: people.supplierManager,
      status: 'agreed',
      documentLinks: ['DMS SUP-0024 Brackenfold reseller agreement'],
    }),
    withSupplier('contractVaultline', 'vaultline', ['backup'], {
      title: 'Off-site Media Storage Contract — Vaultline',
      type: 'contract',
      description:
        'Collection, vaulting and retrieval of monthly backup tapes. Expired; tapes are still held while a new ' +
        'arrangement is sought.',
      startDate: day(-45 - 3 * 365),
      endDate: day(-45),
      noticePeriodDays: 90,
      owner: people.supplierManager,
      status: 'expired',
      documentLinks: ['DMS SUP-0009 Vaultline storage contract'],
    }),
    withSupplier('contractKittiwake', 'kittiwake', ['deviceLifecycle'], {
      title: 'Courier Services Agreement — Kittiwake',
      type: 'contract',
      description: 'Next-day delivery and collection of end-user devices across the UK.',
      startDate: monthStart(-27),
      endDate: monthEnd(9),
      noticePeriodDays: 30,
      owner: people.workplaceLead,
      status: 'agreed',
      documentLinks: ['DMS SUP-0026 Kittiwake courier agreement'],
    }),
    withSupplier('contractSkylantern', 'skylantern', ['monitoring'], {
      title: 'Monitoring Platform Subscription — Skylantern',
      type: 'contract',
      description: 'Subscription to the hosted monitoring platform with the provider’s service level terms.',
      startDate: monthStart(-25),
      endDate: monthEnd(11),
      noticePeriodDays: 60,
      owner: people.monitoringLead,
      status: 'agreed',
      documentLinks: ['DMS SUP-0029 Skylantern subscription order'],
    }),
    sla('slrDetectionResponse', 'calderbrook', ['detectionResponse'], {
      title: 'Service Level Requirements — Managed Detection and Response pilot',
      type: 'other',
      description:
        'Draft requirements gathered from the pilot customer for the planned detection and response service; to ' +
        'become an SLA schedule when the service goes live.',
      startDate: null,
      endDate: null,
      noticePeriodDays: null,
      owner: people.securityLead,
      status: 'draft',
      documentLinks: [],
    }),
  ];
}

import type { ReviewInput } from '../../api/schemas/registers/review';
import type { SampleCalendar } from './sample-calendar';
import type { AgreementKey, SupplierKey } from './sample-keys';
import { people } from './sample-people';
import { agreementReviewSchedule, supplierReviewSchedule } from './sample-review-schedule';

export interface SampleReview {
  subject: { agreement: AgreementKey } | { supplier: SupplierKey };
  values: Omit<ReviewInput, 'subject' | 'agreementId' | 'supplierId'>;
}

type Action = NonNullable<ReviewInput['actions']>[number];

/**
 * Agreement reviews with customers and supplier performance reviews (8.3.3, 8.3.4), each with the
 * actions it agreed. The latest review of a supplier or agreement falls on the date its record
 * gives as last reviewed. Some actions are still open past their due date, as they would be at a
 * real client.
 */
export function sampleReviews(calendar: SampleCalendar): SampleReview[] {
  const day = (offset: number) => calendar.day(offset);
  const action = (
    description: string,
    owner: string,
    due: number | null,
    status: Action['status'],
  ): Action => ({ description, owner, dueDate: due === null ? null : day(due), status });
  const lastOfSupplier = (key: SupplierKey) => day(scheduled(supplierReviewSchedule[key], key));
  const lastOfAgreement = (key: AgreementKey) => day(scheduled(agreementReviewSchedule[key], key));
  const ofSupplier = (supplier: SupplierKey, values: SampleReview['values']): SampleReview => ({
    subject: { supplier },
    values,
  });
  const ofAgreement = (agreement: AgreementKey, values: SampleReview['values']): SampleReview => ({
    subject: { agreement },
    values,
  });
  const us = (...names: string[]) => `${names.join(', ')} (Harbourline)`;

  return [
    ofSupplier('ironbridge', {
      reviewDate: lastOfSupplier('ironbridge'),
      participants: `${us(people.supplierManager, people.hostingManager)}; Craig Bellamy (Ironbridge)`,
      outcome:
        'Annual review. Power and cooling met the contract all year with no loss of supply. The monthly report ' +
        'often arrives late. Renewal talks to open a year before the contract ends.',
      actions: [
        action(
          'Agree delivery of the monthly report by the 5th working day',
          people.supplierManager,
          -270,
          'done',
        ),
        action('Obtain the renewed ISO/IEC 27001 certificate for LDS1', people.supplierManager, -200, 'done'),
      ],
    }),
    ofSupplier('polderpoort', {
      reviewDate: lastOfSupplier('polderpoort'),
      participants: `${us(people.supplierManager, people.customerSuccessNl)}; Willem Scheepstra (Polderpoort)`,
      outcome:
        'Annual review. No incidents. Indexation raised charges by 6%. Recovery capacity for UK customers reconfirmed.',
      actions: [
        action('Benchmark RTM1 pricing against two other providers', people.commercialDirector, -60, 'open'),
      ],
    }),
    ofSupplier('stratocirrus', {
      reviewDate: day(-300),
      participants: `${us(people.supplierManager, people.dataPlatformLead)}; Priyanka Sethi (Stratocirrus)`,
      outcome:
        'Six-monthly review. Backup copy migration completed on schedule; UK data residency confirmed.',
      actions: [
        action('Record the storage regions used in the backup design', people.dataPlatformLead, -280, 'done'),
      ],
    }),
    ofSupplier('stratocirrus', {
      reviewDate: lastOfSupplier('stratocirrus'),
      participants: `${us(people.supplierManager, people.dataPlatformLead)}; Priyanka Sethi (Stratocirrus)`,
      outcome:
        'Six-monthly review. Availability met every month. Severity B tickets are still answered slowly; a named ' +
        'technical contact was agreed.',
      actions: [
        action(
          'Escalate severity B first-response handling to the partner manager',
          people.dataPlatformLead,
          -90,
          'done',
        ),
        action(
          'Get written confirmation that every backup copy stays in the UK region',
          people.dataPlatformLead,
          -30,
          'open',
        ),
      ],
    }),
    ofSupplier('fernwick', {
      reviewDate: day(-400),
      participants: `${us(people.supplierManager, people.networkManager)}; Alison Drury (Fernwick)`,
      outcome:
        'Six-monthly review. Circuit availability and restoration met; new warehouse circuits delivered on time.',
      actions: [],
    }),
    ofSupplier('fernwick', {
      reviewDate: lastOfSupplier('fernwick'),
      participants: `${us(people.supplierManager, people.networkManager)}; Alison Drury (Fernwick)`,
      outcome:
        'Six-monthly review. Fault restoration missed the contract three times in six months; Fernwick to deliver a ' +
        'service improvement plan. Circuit availability good.',
      actions: [
        action(
          'Deliver a service improvement plan for fault restoration',
          'Alison Drury (Fernwick)',
          -185,
          'done',
        ),
        action(
          'Add fault restoration times to the monthly carrier report',
          people.networkManager,
          -150,
          'done',
        ),
        action(
          'Assess a second carrier for single-circuit warehouse sites',
          people.networkManager,
          -30,
          'open',
        ),
      ],
    }),
    ofSupplier('mossgate', {
      reviewDate: lastOfSupplier('mossgate'),
      participants: `${us(people.supplierManager, people.hostingManager)}; Keith Marland (Mossgate)`,
      outcome:
        'Annual review. Engineers arrived within four hours on every call; two repeat visits for the same array ' +
        'controller. A renewal decision is needed before the notice date.',
      actions: [
        action(
          'Decide whether to renew or re-tender hardware maintenance',
          people.supplierManager,
          38 - 90,
          'open',
        ),
        action('Ask for root cause of the repeat controller failures', people.hostingManager, -300, 'done'),
      ],
    }),
    ofSupplier('brackenfold', {
      reviewDate: lastOfSupplier('brackenfold'),
      participants: `${us(people.supplierManager)}; Hannah Greaves (Brackenfold)`,
      outcome: 'Annual review. Orders accurate and on time; pricing competitive. No actions.',
      actions: [],
    }),
    ofSupplier('vaultline', {
      reviewDate: lastOfSupplier('vaultline'),
      participants: `${us(people.supplierManager, people.dataPlatformLead)}; Martin Oyelaran (Vaultline)`,
      outcome:
        'Annual review. Retrievals on time; chain of custody records complete. The contract ends within the year: ' +
        'extend it or re-tender.',
      actions: [
        action(
          'Re-tender off-site media storage or extend the Vaultline contract',
          people.supplierManager,
          -120,
          'open',
        ),
      ],
    }),
    ofSupplier('kittiwake', {
      reviewDate: lastOfSupplier('kittiwake'),
      participants: `${us(people.workplaceLead)}; Kittiwake bookings team`,
      outcome:
        'Annual review. Deliveries recovered after the depot move; claims for damaged items settle slowly.',
      actions: [
        action(
          'Agree that damage claims are settled within 10 working days',
          people.workplaceLead,
          -200,
          'done',
        ),
      ],
    }),
    ofSupplier('skylantern', {
      reviewDate: lastOfSupplier('skylantern'),
      participants: us(people.monitoringLead, people.supplierManager),
      outcome:
        'Annual review from the provider’s published reports: availability met; log retention roadmap noted.',
      actions: [],
    }),
    ofSupplier('groupSecurity', {
      reviewDate: day(-320),
      participants: `${us(people.securityLead, people.serviceLevelManager)}; Yusuf Demir (Group IT Security)`,
      outcome: 'First review under OLA version 2.0. Scan coverage and triage met; reporting format agreed.',
      actions: [
        action(
          'Publish the OLA report in the service reporting portal',
          people.serviceLevelManager,
          -290,
          'done',
        ),
      ],
    }),
    ofSupplier('groupSecurity', {
      reviewDate: lastOfSupplier('groupSecurity'),
      participants: `${us(people.securityLead, people.serviceLevelManager)}; Yusuf Demir (Group IT Security)`,
      outcome:
        'OLA review. Triage missed once when two analysts were absent with no cover; rota fixed. Scan coverage ' +
        'above target every month.',
      actions: [
        action(
          'Name deputies on the security escalation rota',
          'Yusuf Demir (Group IT Security)',
          -120,
          'done',
        ),
      ],
    }),
    ofSupplier('groupFacilities', {
      reviewDate: lastOfSupplier('groupFacilities'),
      participants: `${us(people.serviceDeskManager)}; Brenda Kettlewell (Group Facilities)`,
      outcome: 'OLA review. Power, cooling and access targets met. UPS batteries at Leeds near end of life.',
      actions: [
        action(
          'Replace the UPS batteries at the Leeds operations centre',
          'Brenda Kettlewell (Group Facilities)',
          -100,
          'open',
        ),
      ],
    }),
    ofSupplier('larchmereTechnicians', {
      reviewDate: lastOfSupplier('larchmereTechnicians'),
      participants: `${us(people.workplaceLead, people.serviceDeskManager)}; Rachel Dunmore (Larchmere)`,
      outcome:
        'First review of the trust’s site technicians against the OLA. Many on-site fixes are not logged and ' +
        'attendance times are not reported, so the OLA target cannot yet be shown to be met.',
      actions: [
        action('Report technician attendance times every month', 'Rachel Dunmore (Larchmere)', -140, 'open'),
        action(
          'Give the technicians portal access to log incidents',
          people.serviceDeskManager,
          -150,
          'done',
        ),
      ],
    }),
    ofAgreement('slaCalderbrook', {
      reviewDate: day(-240),
      participants: `${us(people.serviceLevelManager, people.customerSuccessUk)}; Fiona Ashworth (Calderbrook)`,
      outcome:
        'Quarterly service review. All targets met. Customer asked for advance notice of firmware upgrades.',
      actions: [
        action('Add Calderbrook to firmware upgrade notifications', people.hostingManager, -225, 'done'),
      ],
    }),
    ofAgreement('slaCalderbrook', {
      reviewDate: day(-150),
      participants: `${us(people.serviceLevelManager, people.customerSuccessUk)}; Fiona Ashworth (Calderbrook)`,
      outcome: 'Quarterly service review. All targets met; half-yearly recovery test passed in 3 h 10 min.',
      actions: [],
    }),
    ofAgreement('slaCalderbrook', {
      reviewDate: lastOfAgreement('slaCalderbrook'),
      participants: `${us(people.serviceLevelManager, people.customerSuccessUk)}; Fiona Ashworth, Imran Qureshi (Calderbrook)`,
      outcome:
        'Quarterly service review. Targets met for the quarter. The vendor risk manager asked for recovery test ' +
        'evidence every quarter for the society’s regulator.',
      actions: [
        action(
          'Send recovery test reports to the vendor risk manager each quarter',
          people.serviceLevelManager,
          -45,
          'done',
        ),
      ],
    }),
    ofAgreement('slaNorthmoor', {
      reviewDate: day(-240),
      participants: `${us(people.serviceLevelManager, people.customerSuccessUk)}; Gemma Holroyd (Northmoor)`,
      outcome:
        'Quarterly service review. Targets met apart from the device delivery delay during the courier move.',
      actions: [
        action(
          'Hold buffer stock of pre-built laptops at the build bench',
          people.workplaceLead,
          -220,
          'done',
        ),
      ],
    }),
    ofAgreement('slaNorthmoor', {
      reviewDate: lastOfAgreement('slaNorthmoor'),
      participants: `${us(people.serviceLevelManager, people.serviceDeskManager)}; Gemma Holroyd (Northmoor)`,
      outcome:
        'Quarterly service review. Priority 2 resolution breached last month because of repeated scanner faults; ' +
        'the customer is unhappy. A service improvement plan was agreed.',
      actions: [
        action(
          'Service improvement plan for priority 2 scanner incidents',
          people.serviceDeskManager,
          -120,
          'open',
        ),
        action('Open a problem record for the Doncaster scanner docks', people.workplaceLead, -140, 'done'),
      ],
    }),
    ofAgreement('slaLindevelt', {
      reviewDate: lastOfAgreement('slaLindevelt'),
      participants: `${us(people.customerSuccessNl)}; Jeroen Bakels (Lindevelt)`,
      outcome: 'Six-monthly review. All targets met. Customer plans two new glasshouse sites next season.',
      actions: [action('Quote SD-WAN for the two new sites', people.networkManager, -70, 'done')],
    }),
    ofAgreement('slaMarrowby', {
      reviewDate: lastOfAgreement('slaMarrowby'),
      participants: `${us(people.serviceLevelManager)}; Laura Whitcombe (Marrowby Dental)`,
      outcome:
        'Six-monthly review. Targets met; the backup appliance failure earlier in the year was explained.',
      actions: [],
    }),
    ofAgreement('slaFenwright', {
      reviewDate: lastOfAgreement('slaFenwright'),
      participants: `${us(people.serviceLevelManager, people.customerSuccessUk)}; Oliver Pendleton (Fenwright)`,
      outcome:
        'Six-monthly review. Targets met. Password reset complaint closed; self-service reset adopted by 70% of users.',
      actions: [],
    }),
    ofAgreement('slaZeelmond', {
      reviewDate: day(-130),
      participants: `${us(people.customerSuccessNl, people.dataPlatformLead)}; Marloes de Wit (Zeelmond)`,
      outcome: 'Quarterly service review. Targets met. Database patch windows moved to Sunday nights.',
      actions: [],
    }),
    ofAgreement('slaZeelmond', {
      reviewDate: lastOfAgreement('slaZeelmond'),
      participants: `${us(people.customerSuccessNl)}; Marloes de Wit, Sven Hoogland (Zeelmond)`,
      outcome:
        'Quarterly service review. Targets met. Customer asked for a firewall rule review before its own audit.',
      actions: [action('Run a firewall rule review with the customer', people.securityLead, 20, 'open')],
    }),
    ofAgreement('slaLarchmere', {
      reviewDate: lastOfAgreement('slaLarchmere'),
      participants: `${us(people.serviceLevelManager, people.workplaceLead)}; Rachel Dunmore (Larchmere)`,
      outcome:
        'Termly review. Targets met. Agreed that the trust’s technicians report their attendance under the OLA.',
      actions: [],
    }),
    ofAgreement('slaSkelbrook', {
      reviewDate: lastOfAgreement('slaSkelbrook'),
      participants: `${us(people.hostingManager)}; Paul Ridgeway (Skelbrook)`,
      outcome: 'Annual review. Power and remote hands targets met. Customer may need a third rack next year.',
      actions: [],
    }),
    ofAgreement('slaOostduin', {
      reviewDate: day(-120),
      participants: `${us(people.customerSuccessNl, people.securityLead)}; Annelies Verhoef (Oostduin)`,
      outcome:
        'Quarterly service review. Targets met. Access logging evidence shown for the customer’s inspection.',
      actions: [],
    }),
    ofAgreement('slaOostduin', {
      reviewDate: lastOfAgreement('slaOostduin'),
      participants: `${us(people.customerSuccessNl)}; Annelies Verhoef (Oostduin)`,
      outcome:
        'Quarterly service review. Targets met. Customer asked for a recovery test with its own staff present.',
      actions: [action('Schedule a joint recovery test', people.hostingManager, 45, 'open')],
    }),
    ofAgreement('slaHolmewater', {
      reviewDate: lastOfAgreement('slaHolmewater'),
      participants: `${us(people.serviceLevelManager)}; Natalie Brennan (Holmewater)`,
      outcome:
        'Six-monthly review. Targets met. Mail filtering change complaint reviewed; change template updated.',
      actions: [],
    }),
    ofAgreement('slaGroupFinance', {
      reviewDate: lastOfAgreement('slaGroupFinance'),
      participants: `${us(people.serviceLevelManager, people.dataPlatformLead)}; Deborah Yates (Group Finance)`,
      outcome:
        'Annual review. Availability and month-end response met. Storage growth reported but no threshold agreed.',
      actions: [
        action(
          'Agree a storage threshold for the ERP environment',
          people.serviceLevelManager,
          -200,
          'cancelled',
        ),
      ],
    }),
    ofAgreement('mouProfessionalServices', {
      reviewDate: lastOfAgreement('mouProfessionalServices'),
      participants: `${us(people.headOfDelivery)}; Simon Achterberg (Professional Services)`,
      outcome: 'Annual review of the memorandum. Build turnaround met; quarterly charge-back accepted.',
      actions: [],
    }),
  ];
}

function scheduled(schedule: { last: number } | null, key: string): number {
  if (!schedule) throw new Error(`The sample has no review schedule for ${key}.`);
  return schedule.last;
}

import type { SampleCalendar } from './sample-calendar';
import { boxesPng, textPdf } from './sample-file-bytes';
import { people } from './sample-people';

/** The keys the sample's assessments and findings use to name its evidence files. */
export type EvidenceKey =
  'scope' | 'policy' | 'managementReview' | 'orgChart' | 'catalogueExtract' | 'slaReport';

export interface SampleEvidenceFile {
  key: EvidenceKey;
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  description: string;
  effectiveDate: string;
}

const BLUE = [37, 99, 235] as const;
const TEAL = [13, 148, 136] as const;
const GREY = [148, 163, 184] as const;

/**
 * What Harbourline handed the consultant so far: documents that support clauses 4, 5, 8.2.4, 8.3.3
 * and 9.3. Each file is small and real (it opens in a viewer), dated relative to the sample's day.
 */
export function sampleEvidenceFiles(calendar: SampleCalendar): SampleEvidenceFile[] {
  const scopeDate = calendar.monthStart(-4);
  const reviewDate = calendar.dayInMonth(-2, 12);
  return [
    {
      key: 'scope',
      fileName: 'SMS scope statement v2.1.pdf',
      mediaType: 'application/pdf',
      bytes: textPdf('Harbourline Managed Services - SMS scope statement v2.1', [
        `Approved by ${people.headOfDelivery}, Head of Service Delivery, on ${scopeDate}.`,
        'Scope: the design, transition, delivery and improvement of managed hosting, network,',
        'workplace and service desk services to external customers from the Leeds and',
        'Rotterdam sites, including the services operated by Group Security and Group Facilities.',
        'No requirement of ISO/IEC 20000-1:2018 clauses 4 to 10 is excluded.',
      ]),
      description: 'Signed scope statement, version 2.1, as held in the document management system.',
      effectiveDate: scopeDate,
    },
    {
      key: 'policy',
      fileName: 'Service management policy.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from(
        [
          'HARBOURLINE MANAGED SERVICES LTD - SERVICE MANAGEMENT POLICY (v3.0)',
          '',
          'We commit to meet the service requirements agreed with our customers, our legal,',
          'regulatory and contractual obligations, and to improve the SMS and our services continually.',
          'Objectives are set each year from this policy and reviewed at management review.',
          `Owner: ${people.headOfDelivery}. Published on the intranet and in every customer welcome pack.`,
          '',
        ].join('\n'),
      ),
      description: 'Current policy text, exported from the intranet page.',
      effectiveDate: calendar.monthStart(-9),
    },
    {
      key: 'managementReview',
      fileName: 'Management review minutes.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from(
        [
          `MANAGEMENT REVIEW - ${reviewDate}`,
          `Attendees: ${people.headOfDelivery} (chair), ${people.commercialDirector}, ${people.serviceLevelManager}, ${people.supplierManager}`,
          '',
          '1. Actions from the previous review: 5 of 7 closed; 2 carried forward (risk register refresh, SLA reporting tool).',
          '2. Service performance: availability targets met except private cloud in two months; see SLA report.',
          '3. Customer satisfaction: 4.1 / 5 average across surveyed customers; two complaints, both closed.',
          '4. Suppliers: Kittiwake contract ends soon; decision needed on renewal or exit.',
          '5. Decisions: fund a second service desk shift in Rotterdam; start supplier review catch-up.',
          '',
        ].join('\n'),
      ),
      description: 'Minutes of the last management review, with decisions and actions.',
      effectiveDate: reviewDate,
    },
    {
      key: 'orgChart',
      fileName: 'Service management organisation chart.png',
      mediaType: 'image/png',
      bytes: boxesPng(360, 200, [
        { x: 130, y: 16, width: 100, height: 36, colour: BLUE },
        { x: 178, y: 52, width: 4, height: 40, colour: GREY },
        { x: 40, y: 92, width: 284, height: 4, colour: GREY },
        ...[24, 132, 240].map((x) => ({ x, y: 120, width: 96, height: 36, colour: TEAL })),
        ...[70, 178, 286].map((x) => ({ x, y: 96, width: 4, height: 24, colour: GREY })),
      ]),
      description: 'Roles and reporting lines for service management, as shown to new starters.',
      effectiveDate: calendar.monthStart(-6),
    },
    {
      key: 'catalogueExtract',
      fileName: 'Service catalogue extract.csv',
      mediaType: 'text/csv',
      bytes: Buffer.from(
        [
          'Service,Owner,Status,Customers',
          `Managed network,${people.networkManager},live,8`,
          `Colocation,${people.hostingManager},live,6`,
          `Service desk,${people.serviceDeskManager},live,10`,
          `Legacy mail,${people.workplaceLead},retiring,2`,
          '',
        ].join('\r\n'),
      ),
      description: 'Extract of the published catalogue given to customers, for comparison with the register.',
      effectiveDate: calendar.monthStart(-1),
    },
    {
      key: 'slaReport',
      fileName: 'Monthly SLA report.pdf',
      mediaType: 'application/pdf',
      bytes: textPdf('Monthly service level report', [
        `Period: ${calendar.monthStart(-1)} to ${calendar.monthEnd(-1)}. Prepared by ${people.serviceLevelManager}.`,
        'Availability: 11 of 12 SLA targets met. Private cloud availability 99.71% against 99.90%.',
        'Incident response: 96.4% of P1/P2 incidents responded to within target.',
        'Service desk: 92% of calls answered within 60 seconds.',
      ]),
      description: 'The report sent to customers each month; shows targets, results and breaches.',
      effectiveDate: calendar.monthEnd(-1),
    },
  ];
}

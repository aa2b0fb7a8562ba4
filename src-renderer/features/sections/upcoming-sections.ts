import type { SectionId } from '../../app/sections';

/** A clause of ISO/IEC 20000-1:2018, by number and title (facts, not the standard's wording). */
export interface ClauseRef {
  ref: string;
  title: string;
}

export interface UpcomingSection {
  /** One sentence on what the screen is for. */
  purpose: string;
  /** What the consultant will record or do there. */
  contents: string[];
  clauses: ClauseRef[];
}

export type UpcomingSectionId = Exclude<SectionId, 'dashboard' | 'settings'>;

/** What each screen not built yet will hold, so its empty state can say so specifically. */
export const upcomingSections: Record<UpcomingSectionId, UpcomingSection> = {
  checklist: {
    purpose: 'The clause-by-clause assessment of the service management system against the standard.',
    contents: [
      'Every requirement of clauses 4 to 10, with a summary in plain words',
      'An assessment for each: conforming, partly conforming, not conforming or not applicable',
      'Notes from interviews and the evidence that supports each assessment',
      'Readiness per clause, so gaps show before the auditor finds them',
    ],
    clauses: [
      { ref: '4', title: 'Context of the organization' },
      { ref: '5', title: 'Leadership' },
      { ref: '6', title: 'Planning' },
      { ref: '7', title: 'Support of the service management system' },
      { ref: '8', title: 'Operation of the service management system' },
      { ref: '9', title: 'Performance evaluation' },
      { ref: '10', title: 'Improvement' },
    ],
  },
  services: {
    purpose: 'The service portfolio: the services in scope and how they are described to customers.',
    contents: [
      'The service catalogue: each service, its owner and its status',
      'The customers and users each service is for',
      'Service components, dependencies and the assets they rely on',
      'Import from the client’s existing spreadsheets',
    ],
    clauses: [
      { ref: '8.2', title: 'Service portfolio' },
      { ref: '8.2.4', title: 'Service catalogue management' },
      { ref: '8.2.5', title: 'Asset management' },
      { ref: '8.2.6', title: 'Configuration management' },
    ],
  },
  customers: {
    purpose: 'The customers the services are delivered to, and the relationship with each.',
    contents: [
      'External and internal customers, with their contacts',
      'Satisfaction measurements and service reviews held with each customer',
      'Complaints, with how and when they were resolved',
      'The agreements that bind each customer',
    ],
    clauses: [
      { ref: '4.2', title: 'Understanding the needs and expectations of interested parties' },
      { ref: '8.3.2', title: 'Business relationship management' },
      { ref: '9.4', title: 'Service reporting' },
    ],
  },
  suppliers: {
    purpose: 'The supplier register: everyone who takes part in delivering the services.',
    contents: [
      'External suppliers, with their contracts and contract review dates',
      'Internal suppliers and the documented agreements with them',
      'Customers acting as suppliers',
      'Reminders when a review date passes or a contract is about to expire',
    ],
    clauses: [
      { ref: '8.2.3', title: 'Control of parties involved in the service lifecycle' },
      { ref: '8.3.4', title: 'Supplier management' },
      { ref: '8.3.4.1', title: 'Management of external suppliers' },
      { ref: '8.3.4.2', title: 'Management of internal suppliers and customers acting as a supplier' },
    ],
  },
  agreements: {
    purpose: 'Service level agreements, contracts and internal agreements, with their targets.',
    contents: [
      'Agreements with customers and suppliers, and who signed them',
      'Service level targets and the performance measured against each',
      'Targets that were breached, surfaced without asking',
      'Review dates for every agreement',
    ],
    clauses: [
      { ref: '8.3.3', title: 'Service level management' },
      { ref: '8.3.4', title: 'Supplier management' },
      { ref: '9.1', title: 'Monitoring, measurement, analysis and evaluation' },
    ],
  },
  evidence: {
    purpose: 'The documents and records that show each requirement is met.',
    contents: [
      'Policies, procedures, records, screenshots and exports, stored inside the workspace file',
      'A SHA-256 fingerprint for every file, so its integrity can be shown later',
      'Links from each piece of evidence to the requirements it supports',
    ],
    clauses: [
      { ref: '7.5', title: 'Documented information' },
      { ref: '9.2', title: 'Internal audit' },
    ],
  },
  findings: {
    purpose: 'What the assessment found: nonconformities, observations and opportunities for improvement.',
    contents: [
      'Major and minor nonconformities, each against its clause',
      'Observations and opportunities for improvement',
      'Corrective actions with owners and due dates, through to closure',
    ],
    clauses: [
      { ref: '9.2', title: 'Internal audit' },
      { ref: '10.1', title: 'Nonconformity and corrective action' },
      { ref: '10.2', title: 'Continual improvement' },
    ],
  },
  packs: {
    purpose: 'The evidence pack handed to the auditor: one digitally signed PDF.',
    contents: [
      'The engagement, scope, clause assessment, registers and findings in one readable document',
      'Evidence files embedded in the PDF, each with its SHA-256 fingerprint',
      'A digital signature any PDF reader can check, and clausebook verify for the embedded files',
    ],
    clauses: [
      { ref: '4.3', title: 'Determining the scope of the service management system' },
      { ref: '7.5', title: 'Documented information' },
    ],
  },
};

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

export type UpcomingSectionId = Exclude<
  SectionId,
  'dashboard' | 'settings' | 'services' | 'customers' | 'suppliers' | 'agreements'
>;

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

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
  | 'dashboard'
  | 'settings'
  | 'checklist'
  | 'services'
  | 'customers'
  | 'suppliers'
  | 'agreements'
  | 'evidence'
  | 'findings'
>;

/** What each screen not built yet will hold, so its empty state can say so specifically. */
export const upcomingSections: Record<UpcomingSectionId, UpcomingSection> = {
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

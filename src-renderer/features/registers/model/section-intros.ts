/** A clause of ISO/IEC 20000-1:2018, by number and title (facts, not the standard's wording). */
export interface ClauseRef {
  ref: string;
  title: string;
}

export type RegisterSectionId = 'services' | 'customers' | 'suppliers' | 'agreements';

export interface SectionIntro {
  /** One sentence under the heading. */
  purpose: string;
  clauses: readonly ClauseRef[];
}

export const sectionIntros: Record<RegisterSectionId, SectionIntro> = {
  services: {
    purpose:
      'The service portfolio: each service in scope, its catalogue entry, components and who operates them.',
    clauses: [
      { ref: '8.2', title: 'Service portfolio' },
      { ref: '8.2.3', title: 'Control of parties involved in the service lifecycle' },
      { ref: '8.2.4', title: 'Service catalogue management' },
    ],
  },
  customers: {
    purpose: 'The customers the services are delivered to, their contacts, satisfaction and complaints.',
    clauses: [{ ref: '8.3.2', title: 'Business relationship management' }],
  },
  suppliers: {
    purpose:
      'Everyone who takes part in delivering the services: external and internal suppliers, and customers acting as suppliers.',
    clauses: [
      { ref: '8.3.4', title: 'Supplier management' },
      { ref: '8.3.4.2', title: 'Management of internal suppliers and customers acting as a supplier' },
    ],
  },
  agreements: {
    purpose:
      'SLAs, OLAs and contracts, the service level targets they set, the performance measured and the reviews held.',
    clauses: [
      { ref: '8.3.3', title: 'Service level management' },
      { ref: '8.3.4.1', title: 'Management of external suppliers' },
    ],
  },
};

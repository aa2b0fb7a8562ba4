/** The app's sections, in navigation order. The id is also the hash route: `#/suppliers`. */
export const sectionIds = [
  'dashboard',
  'checklist',
  'services',
  'customers',
  'suppliers',
  'agreements',
  'evidence',
  'findings',
  'packs',
  'settings',
] as const;

export type SectionId = (typeof sectionIds)[number];

export interface Section {
  id: SectionId;
  label: string;
  /** The digit pressed with Alt to jump here: 1–9 in order, then 0 for the tenth. */
  shortcutDigit: string;
}

const labels: Record<SectionId, string> = {
  dashboard: 'Dashboard',
  checklist: 'Checklist',
  services: 'Services',
  customers: 'Customers',
  suppliers: 'Suppliers',
  agreements: 'Agreements',
  evidence: 'Evidence',
  findings: 'Findings',
  packs: 'Packs',
  settings: 'Settings',
};

export const sections: readonly Section[] = sectionIds.map((id, index) => ({
  id,
  label: labels[id],
  shortcutDigit: String((index + 1) % 10),
}));

export function sectionById(id: SectionId): Section {
  const section = sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}

export function isSectionId(value: string): value is SectionId {
  return (sectionIds as readonly string[]).includes(value);
}

/** Groups for the navigation, in order; every section appears in exactly one. */
export const navGroups: readonly { label: string | null; ids: readonly SectionId[] }[] = [
  { label: null, ids: ['dashboard', 'checklist'] },
  { label: 'Registers', ids: ['services', 'customers', 'suppliers', 'agreements'] },
  { label: 'Audit', ids: ['evidence', 'findings', 'packs'] },
];

/** Sits apart at the bottom of the navigation. */
export const footerSectionId: SectionId = 'settings';

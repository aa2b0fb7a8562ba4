/** The navigation entries the product promises, in order, with their Alt shortcut digits. */
export const sectionLabels = [
  'Dashboard',
  'Checklist',
  'Services',
  'Customers',
  'Suppliers',
  'Agreements',
  'Evidence',
  'Findings',
  'Packs',
  'Settings',
] as const;

export type SectionLabel = (typeof sectionLabels)[number];

export function shortcutDigit(label: SectionLabel): string {
  return String((sectionLabels.indexOf(label) + 1) % 10);
}

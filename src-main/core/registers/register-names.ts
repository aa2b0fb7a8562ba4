/** The registers, by the names the CLI and the API use, with the prefix of their record codes. */
export const registerNames = [
  'services',
  'customers',
  'suppliers',
  'agreements',
  'targets',
  'measurements',
  'reviews',
] as const;
export type RegisterName = (typeof registerNames)[number];
/** The registers of whole records, with codes, that search finds: all but the measurements. */
export type SearchableRegister = Exclude<RegisterName, 'measurements'>;

export const codePrefixes = {
  services: 'SVC',
  customers: 'CUS',
  suppliers: 'SUP',
  agreements: 'AGR',
  targets: 'TGT',
  reviews: 'REV',
} as const satisfies Partial<Record<RegisterName, string>>;

export const registerTables: Record<RegisterName, string> = {
  services: 'service',
  customers: 'customer',
  suppliers: 'supplier',
  agreements: 'agreement',
  targets: 'target',
  measurements: 'measurement',
  reviews: 'review',
};

export const registerLabels: Record<RegisterName, string> = {
  services: 'services',
  customers: 'customers',
  suppliers: 'suppliers',
  agreements: 'agreements',
  targets: 'service level targets',
  measurements: 'measurements',
  reviews: 'reviews',
};

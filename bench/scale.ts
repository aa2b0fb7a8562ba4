/** How many of each thing a generated workspace holds. */
export interface Scale {
  name: string;
  services: number;
  customers: number;
  suppliers: number;
  agreements: number;
  targets: number;
  /** Measurements stored in the workspace; the import figure imports as many again from a CSV. */
  measurements: number;
  evidenceFiles: number;
  evidenceBytes: number;
  changeLogEntries: number;
  findings: number;
}

const MIB = 1024 * 1024;

/** Scale L is issue 7's enterprise workspace; the others are fractions of it for quick runs. */
export const L: Scale = {
  name: 'L',
  services: 5_000,
  customers: 2_000,
  suppliers: 2_000,
  agreements: 10_000,
  targets: 50_000,
  measurements: 1_000_000,
  evidenceFiles: 2_000,
  evidenceBytes: 1024 * MIB,
  changeLogEntries: 20_000,
  findings: 120,
};

function fraction(name: string, divisor: number): Scale {
  const part = (n: number) => Math.max(1, Math.round(n / divisor));
  return {
    name,
    services: part(L.services),
    customers: part(L.customers),
    suppliers: part(L.suppliers),
    agreements: part(L.agreements),
    targets: part(L.targets),
    measurements: part(L.measurements),
    evidenceFiles: part(L.evidenceFiles),
    evidenceBytes: part(L.evidenceBytes),
    changeLogEntries: part(L.changeLogEntries),
    findings: part(L.findings),
  };
}

export const scales: Record<string, Scale> = { S: fraction('S', 100), M: fraction('M', 10), L };

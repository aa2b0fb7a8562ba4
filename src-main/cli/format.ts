import type { WorkspaceSummary } from '../api/schemas/workspace';
import { auditTypeLabels } from '../api/schemas/engagement';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** The human-readable block `info` prints: aligned labels, one fact per line. */
export function formatSummary(summary: WorkspaceSummary): string[] {
  const { engagement } = summary;
  const counts = Object.entries(summary.counts);
  const rows: [string, string][] = [
    ['File', `${summary.path ?? summary.fileName} (${formatBytes(summary.sizeBytes)})`],
    ['Format', `workspace schema ${summary.schemaVersion} (this version writes ${summary.appSchemaVersion})`],
    ['Client', engagement.clientOrganisation],
    [
      'Audit',
      auditTypeLabels[engagement.auditType] +
        (engagement.plannedAuditDate ? `, planned for ${engagement.plannedAuditDate}` : ', no date planned'),
    ],
    ['Consultant', engagement.consultantName || '(not set)'],
    ['Scope', engagement.scopeStatement || '(not set)'],
    [
      'Records',
      counts.length === 0
        ? 'no register records yet'
        : counts.map(([label, n]) => `${label} ${n}`).join(', '),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => label.padEnd(width) + value);
}

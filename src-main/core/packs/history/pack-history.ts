import type Database from 'better-sqlite3';
import type { PackExport } from '../../../api/schemas/packs';
import type { PackOptions } from '../document/pack-options';

interface PackExportRow {
  id: string;
  pack_id: string;
  created_at: string;
  file_name: string;
  signer_name: string;
  signer_organisation: string;
  signer_fingerprint: string;
  options: string;
  evidence_files: number;
  size_bytes: number;
  sha256: string;
  change_log_head: string | null;
}

/** Adds a pack to the workspace's export history, in its own transaction (the table is append-only). */
export function recordPackExport(db: Database.Database, entry: PackExport): void {
  db.prepare(
    `INSERT INTO pack_export (id, pack_id, created_at, file_name, signer_name, signer_organisation,
       signer_fingerprint, options, evidence_files, size_bytes, sha256, change_log_head)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.id,
    entry.packId,
    entry.createdAt,
    entry.fileName,
    entry.signer.name,
    entry.signer.organisation,
    entry.signer.fingerprintSha256,
    JSON.stringify(entry.options),
    entry.evidenceFiles,
    entry.sizeBytes,
    entry.sha256,
    entry.changeLogHead,
  );
}

/** Every pack made from this workspace, newest first. */
export function listPackExports(db: Database.Database): PackExport[] {
  const rows = db.prepare('SELECT * FROM pack_export ORDER BY created_at DESC, id').all() as PackExportRow[];
  return rows.map(toPackExport);
}

export function readPackExport(db: Database.Database, id: string): PackExport | null {
  const row = db.prepare('SELECT * FROM pack_export WHERE id = ?').get(id) as PackExportRow | undefined;
  return row ? toPackExport(row) : null;
}

function toPackExport(row: PackExportRow): PackExport {
  return {
    id: row.id,
    packId: row.pack_id,
    createdAt: row.created_at,
    fileName: row.file_name,
    signer: {
      name: row.signer_name,
      organisation: row.signer_organisation,
      fingerprintSha256: row.signer_fingerprint,
    },
    options: JSON.parse(row.options) as PackOptions,
    evidenceFiles: row.evidence_files,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    changeLogHead: row.change_log_head,
  };
}

import type { Migration } from './migration';

/**
 * The history of signed evidence packs made from this workspace: which pack, when, signed by whom,
 * with which options, and the SHA-256 of the file as written, so a pack an auditor holds can be
 * matched to the moment it was made. Append-only, like the change log: history is not edited.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'pack exports',
  up(db) {
    db.exec(`
      CREATE TABLE pack_export (
        id TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        -- The file name the pack was written under (no folder: where it went is the user's business).
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        signer_name TEXT NOT NULL,
        signer_organisation TEXT NOT NULL,
        signer_fingerprint TEXT NOT NULL,
        -- The pack options as JSON: clauses, internal notes, evidence embedded or listed.
        options TEXT NOT NULL CHECK (json_valid(options) AND json_type(options) = 'object'),
        evidence_files INTEGER NOT NULL CHECK (evidence_files >= 0),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        change_log_head TEXT
      ) STRICT;
      CREATE INDEX pack_export_by_time ON pack_export (created_at);
      CREATE TRIGGER pack_export_no_update BEFORE UPDATE ON pack_export
      BEGIN SELECT RAISE(ABORT, 'the pack export history is append-only'); END;
      CREATE TRIGGER pack_export_no_delete BEFORE DELETE ON pack_export
      BEGIN SELECT RAISE(ABORT, 'the pack export history is append-only'); END;
    `);
  },
};

import type { Migration } from './migration';

/** The first schema: facts about the file itself and the engagement it is about. */
export const migration0001: Migration = {
  version: 1,
  name: 'engagement',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Exactly one engagement per workspace file: one client, one audit being prepared.
      CREATE TABLE engagement (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        client_organisation TEXT NOT NULL CHECK (length(client_organisation) BETWEEN 1 AND 200),
        scope_statement TEXT NOT NULL DEFAULT '' CHECK (length(scope_statement) <= 4000),
        audit_type TEXT NOT NULL
          CHECK (audit_type IN ('stage1', 'stage2', 'surveillance', 'recertification', 'internal')),
        planned_audit_date TEXT
          CHECK (planned_audit_date IS NULL OR planned_audit_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        consultant_name TEXT NOT NULL DEFAULT '' CHECK (length(consultant_name) <= 200),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

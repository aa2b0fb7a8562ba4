import type { Migration } from './migration';

/**
 * Register tables whose records the checklist can cite, with the register name stored beside a
 * citation and the word used in messages. Frozen with this migration: a later register gets its
 * triggers in a later migration.
 */
const citableTables = [
  ['service', 'services', 'service'],
  ['customer', 'customers', 'customer'],
  ['supplier', 'suppliers', 'supplier'],
  ['agreement', 'agreements', 'agreement'],
  ['target', 'targets', 'service level target'],
  ['review', 'reviews', 'review'],
] as const;

const registerCheck = `register IN (${citableTables.map(([, register]) => `'${register}'`).join(', ')})`;

/**
 * A register record cited by the checklist must not vanish under it. Citations name records of
 * any register by id, so no foreign key can guard them; these triggers refuse the delete instead.
 * The registers' delete checks list the citing items, evidence and findings before it comes to
 * this; the trigger is the guarantee underneath.
 */
function citationGuards(): string {
  return citableTables
    .map(
      ([table, , label]) => `
      CREATE TRIGGER ${table}_cited_by_checklist BEFORE DELETE ON ${table}
      WHEN EXISTS (SELECT 1 FROM assessment_record WHERE record_id = OLD.id)
        OR EXISTS (SELECT 1 FROM evidence_record WHERE record_id = OLD.id)
        OR EXISTS (SELECT 1 FROM finding_record WHERE record_id = OLD.id)${
          table === 'agreement'
            ? `
        OR EXISTS (SELECT 1 FROM assessment WHERE operated_by_agreement_id = OLD.id)`
            : ''
        }
      BEGIN
        SELECT RAISE(ABORT, 'This ${label} is cited in the clause checklist (by an assessment, an evidence file or a finding); remove those citations first.');
      END;`,
    )
    .join('\n');
}

/**
 * The clause checklist: the assessment of each requirement item of a clause library, the evidence
 * library (files stored inside the workspace, content-addressed by SHA-256), the links between
 * items, evidence and register records, and findings with their corrective actions.
 *
 * Items live in the clause library (a data file of the app), not in the workspace, so they are
 * named by library id and item id; the stores check them against the library.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'assessment',
  up(db) {
    db.exec(`
      -- One row per item that has been worked on; an item without a row is not assessed yet.
      -- There is no 'not_applicable': ISO/IEC 20000-1 admits no exclusions, every requirement of
      -- clauses 4 to 10 applies. A process run by a supplier, an internal supplier or a customer
      -- acting as a supplier is 'operated_by_other_party', with the agreement that controls that
      -- party (8.2.3); the organisation stays accountable for it.
      CREATE TABLE assessment (
        id TEXT PRIMARY KEY,
        library_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'not_assessed'
          CHECK (status IN ('not_assessed', 'conforming', 'partially_conforming', 'nonconforming',
                            'operated_by_other_party')),
        operated_by_agreement_id TEXT REFERENCES agreement (id) ON DELETE RESTRICT,
        client_notes TEXT NOT NULL DEFAULT '',
        internal_notes TEXT NOT NULL DEFAULT '',
        -- The people interviewed, as a JSON array of names.
        interviewees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interviewees) AND json_type(interviewees) = 'array'),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (library_id, item_id),
        CHECK ((status = 'operated_by_other_party') = (operated_by_agreement_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX assessment_by_status ON assessment (library_id, status);
      CREATE INDEX assessment_by_agreement ON assessment (operated_by_agreement_id);

      -- Register records an item cites as evidence in their own right (a service, an agreement…).
      CREATE TABLE assessment_record (
        assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        register TEXT NOT NULL CHECK (${registerCheck}),
        record_id TEXT NOT NULL,
        PRIMARY KEY (assessment_id, record_id)
      ) STRICT;
      CREATE INDEX assessment_record_by_record ON assessment_record (record_id);

      -- Each distinct content once, named by its SHA-256. The content column comes last so that
      -- reading the hash and size never walks the blob's overflow pages.
      CREATE TABLE evidence_blob (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        content BLOB NOT NULL,
        CHECK (length(content) = size_bytes)
      ) STRICT;

      -- An evidence file as the consultant added it. The name is text to show, never a path: the
      -- content lives in evidence_blob, and nothing is ever written to disk under this name.
      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 3 AND 255),
        sha256 TEXT NOT NULL REFERENCES evidence_blob (sha256) ON DELETE RESTRICT,
        description TEXT NOT NULL DEFAULT '',
        -- When the evidence was valid (the date of the minutes, the report's period end…).
        effective_date TEXT
          CHECK (effective_date IS NULL OR effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_sha256 ON evidence (sha256);

      CREATE TABLE evidence_item (
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        library_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        PRIMARY KEY (evidence_id, library_id, item_id)
      ) STRICT;
      CREATE INDEX evidence_item_by_item ON evidence_item (library_id, item_id);

      CREATE TABLE evidence_record (
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        register TEXT NOT NULL CHECK (${registerCheck}),
        record_id TEXT NOT NULL,
        PRIMARY KEY (evidence_id, record_id)
      ) STRICT;
      CREATE INDEX evidence_record_by_record ON evidence_record (record_id);

      -- Audit findings and the corrective action each one needs. A nonconformity is closed only
      -- once its corrective action has been verified effective.
      CREATE TABLE finding (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('major_nc', 'minor_nc', 'observation', 'opportunity')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        raised_on TEXT NOT NULL CHECK (raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        action_description TEXT NOT NULL DEFAULT '',
        action_owner TEXT NOT NULL DEFAULT '',
        action_due_date TEXT
          CHECK (action_due_date IS NULL OR action_due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        action_status TEXT NOT NULL DEFAULT 'not_started'
          CHECK (action_status IN ('not_started', 'in_progress', 'implemented', 'verified')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status = 'open' OR type IN ('observation', 'opportunity') OR action_status = 'verified')
      ) STRICT;
      CREATE INDEX finding_by_status_type ON finding (status, type);

      CREATE TABLE finding_item (
        finding_id TEXT NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        library_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        PRIMARY KEY (finding_id, library_id, item_id)
      ) STRICT;
      CREATE INDEX finding_item_by_item ON finding_item (library_id, item_id);

      CREATE TABLE finding_record (
        finding_id TEXT NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        register TEXT NOT NULL CHECK (${registerCheck}),
        record_id TEXT NOT NULL,
        PRIMARY KEY (finding_id, record_id)
      ) STRICT;
      CREATE INDEX finding_record_by_record ON finding_record (record_id);

      -- The evidence that the corrective action worked; such a file cannot be deleted meanwhile.
      CREATE TABLE finding_closure_evidence (
        finding_id TEXT NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE RESTRICT,
        PRIMARY KEY (finding_id, evidence_id)
      ) STRICT;
      CREATE INDEX finding_closure_evidence_by_evidence ON finding_closure_evidence (evidence_id);

      ${citationGuards()}
    `);
  },
};

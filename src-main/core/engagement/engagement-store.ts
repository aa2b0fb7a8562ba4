import type Database from 'better-sqlite3';
import type { Engagement, EngagementInput } from '../../api/schemas/engagement';
import { ClausebookError } from '../../api/errors';

interface EngagementRow {
  client_organisation: string;
  scope_statement: string;
  audit_type: Engagement['auditType'];
  planned_audit_date: string | null;
  consultant_name: string;
  created_at: string;
  updated_at: string;
}

export function readEngagement(db: Database.Database): Engagement {
  const row = db.prepare('SELECT * FROM engagement WHERE id = 1').get() as EngagementRow | undefined;
  if (!row) throw new ClausebookError('WORKSPACE_CORRUPT', 'This workspace has no engagement record.');
  return {
    clientOrganisation: row.client_organisation,
    scopeStatement: row.scope_statement,
    auditType: row.audit_type,
    plannedAuditDate: row.planned_audit_date,
    consultantName: row.consultant_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Inserts the engagement of a new workspace; called inside the creating transaction. */
export function insertEngagement(db: Database.Database, input: EngagementInput, now: Date): void {
  const stamp = now.toISOString();
  db.prepare(
    `INSERT INTO engagement (id, client_organisation, scope_statement, audit_type, planned_audit_date, consultant_name, created_at, updated_at)
     VALUES (1, @clientOrganisation, @scopeStatement, @auditType, @plannedAuditDate, @consultantName, @stamp, @stamp)`,
  ).run({ ...input, stamp });
}

export function updateEngagement(db: Database.Database, input: EngagementInput, now: Date): Engagement {
  return db
    .transaction(() => {
      const result = db
        .prepare(
          `UPDATE engagement SET client_organisation = @clientOrganisation, scope_statement = @scopeStatement,
             audit_type = @auditType, planned_audit_date = @plannedAuditDate, consultant_name = @consultantName,
             updated_at = @stamp
           WHERE id = 1`,
        )
        .run({ ...input, stamp: now.toISOString() });
      if (result.changes !== 1)
        throw new ClausebookError('WORKSPACE_CORRUPT', 'This workspace has no engagement record.');
      return readEngagement(db);
    })
    .immediate();
}

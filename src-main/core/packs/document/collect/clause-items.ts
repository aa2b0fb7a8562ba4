import type Database from 'better-sqlite3';
import type { AssessmentStatus } from '../../../../api/schemas/assessment';
import type { Clause } from '../../../../api/schemas/clause-library';
import type { LibraryIndex } from '../../../assessment/library-index';
import type {
  PackClause,
  PackEvidenceFile,
  PackFindingSummary,
  PackItem,
  PackRecordLabel,
} from '../pack-data';
import { labelledRecords } from './labelled-records';

interface AssessmentRow {
  item_id: string;
  status: AssessmentStatus;
  client_notes: string;
  internal_notes: string | null;
  interviewees: string;
  owner: string;
  due_date: string | null;
  agreement_code: string | null;
  agreement_title: string | null;
}

export interface ItemSupport {
  evidenceOf: ReadonlyMap<string, PackEvidenceFile[]>;
  findingsOf: ReadonlyMap<string, PackFindingSummary[]>;
}

/**
 * The included top-level clauses as trees of sub-clauses and items, each item with its assessment,
 * the register records it cites and the evidence and findings linked to it. Two queries for the
 * whole library (assessments with their controlling agreement, citations with their labels);
 * evidence and findings come in already grouped by item. Items never worked on are not assessed.
 *
 * Internal notes are not even read unless the consultant chose to include them.
 */
export function collectClauses(
  db: Database.Database,
  index: LibraryIndex,
  included: readonly string[],
  includeInternalNotes: boolean,
  support: ItemSupport,
): PackClause[] {
  const libraryId = index.library.id;
  const assessments = new Map(
    (
      db
        .prepare(
          `SELECT a.item_id, a.status, a.client_notes, ${includeInternalNotes ? 'a.internal_notes' : 'NULL AS internal_notes'},
             a.interviewees, a.owner, a.due_date, g.code AS agreement_code, g.title AS agreement_title
           FROM assessment a LEFT JOIN agreement g ON g.id = a.operated_by_agreement_id
           WHERE a.library_id = ?`,
        )
        .all(libraryId) as AssessmentRow[]
    ).map((row) => [row.item_id, row]),
  );
  const citations = labelledRecords(
    db,
    `SELECT a.item_id AS owner, r.register, r.record_id, r.rowid AS ord
     FROM assessment_record r JOIN assessment a ON a.id = r.assessment_id WHERE a.library_id = ?`,
    libraryId,
  );

  const item = (id: string, summary: string): PackItem => {
    const row = assessments.get(id);
    const operatedBy: PackRecordLabel | null =
      row?.agreement_code != null
        ? { register: 'agreements', code: row.agreement_code, name: row.agreement_title ?? '', date: null }
        : null;
    return {
      id,
      summary,
      status: row?.status ?? 'not_assessed',
      clientNotes: row?.client_notes ?? '',
      internalNotes: includeInternalNotes ? (row?.internal_notes ?? '') : null,
      owner: row?.owner ?? '',
      dueDate: row?.due_date ?? null,
      interviewees: row ? (JSON.parse(row.interviewees) as string[]) : [],
      operatedBy,
      evidence: support.evidenceOf.get(id) ?? [],
      citedRecords: citations.get(id) ?? [],
      findings: support.findingsOf.get(id) ?? [],
    };
  };
  const clause = ({ number, title, items, clauses }: Clause): PackClause => ({
    number,
    title,
    items: items.map(({ id, summary }) => item(id, summary)),
    clauses: clauses.map(clause),
  });
  return index.library.clauses.filter(({ number }) => included.includes(number)).map(clause);
}

import type Database from 'better-sqlite3';
import type { Assessment } from '../../api/schemas/assessment';
import { evidenceOfItem } from '../evidence/evidence-summaries';
import { findingsOfItem } from '../findings/finding-view';
import { readAssessment, unassessed } from './assessment-store';
import { isWeakEvidence } from './item-support';
import { requireItem, type LibraryIndex } from './library-index';
import { labelRecords } from './record-labels';

/**
 * Everything the item detail shows: the assessment (defaults for an item not worked on yet), the
 * evidence files linked to it, the records it cites, the findings raised against it, and whether
 * a "conforming" rests on nothing.
 */
export function assessmentDetail(db: Database.Database, index: LibraryIndex, itemId: string): Assessment {
  const { clause } = requireItem(index, itemId);
  const libraryId = index.library.id;
  const stored = readAssessment(db, libraryId, itemId);
  const fields = stored ?? unassessed;
  const evidence = evidenceOfItem(db, libraryId, itemId);
  const citedRecords = labelRecords(db, stored?.citedRecords ?? []);
  const findings = findingsOfItem(db, libraryId, itemId);
  const operatedByAgreement =
    fields.operatedByAgreementId === null
      ? null
      : labelRecords(db, [{ register: 'agreements', id: fields.operatedByAgreementId }])[0]!;
  return {
    id: stored?.id ?? null,
    libraryId,
    itemId,
    clauseNumber: clause.number,
    status: fields.status,
    operatedByAgreementId: fields.operatedByAgreementId,
    operatedByAgreement,
    clientNotes: fields.clientNotes,
    internalNotes: fields.internalNotes,
    interviewees: fields.interviewees,
    owner: fields.owner,
    dueDate: fields.dueDate,
    updatedAt: stored?.updatedAt ?? null,
    evidence,
    citedRecords,
    findings,
    weakEvidence: isWeakEvidence(fields.status, {
      evidence: evidence.length,
      records: citedRecords.length,
      controllingAgreement: operatedByAgreement !== null,
      openFindings: findings.filter((finding) => finding.status === 'open').length,
    }),
  };
}

import type Database from 'better-sqlite3';
import type { Evidence } from '../../api/schemas/evidence';
import { labelRecords } from '../assessment/record-labels';
import type { EvidenceSnapshot } from './evidence-snapshot';
import { previewKind } from './media-type';

/** An evidence file as the API shows it: records with their codes and names, and how to preview it. */
export function evidenceView(db: Database.Database, snapshot: EvidenceSnapshot): Evidence {
  return {
    ...snapshot,
    preview: previewKind(snapshot.mediaType),
    records: labelRecords(db, snapshot.records),
  };
}

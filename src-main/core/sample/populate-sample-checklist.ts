import { assessmentChanges } from '../../api/schemas/assessment';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../../api/schemas/clause-library';
import { findingInput } from '../../api/schemas/findings';
import { setAssessment } from '../assessment/assessment-store';
import { citeRecord } from '../assessment/item-citations';
import { libraryIndex } from '../assessment/library-index';
import { addEvidence } from '../evidence/evidence-store';
import { createFinding } from '../findings/finding-store';
import type { WriteContext } from '../registers/write-context';
import { sampleAssessments, type SampleCitation } from './sample-assessments';
import type { SampleCalendar } from './sample-calendar';
import { sampleEvidenceFiles, type EvidenceKey } from './sample-evidence';
import { sampleFindings } from './sample-findings';
import type { AgreementKey, SupplierKey } from './sample-keys';

/** Record ids of the sample's registers, by the sample's keys. */
export interface SampleRecordIds {
  agreement(key: AgreementKey): string;
  supplier(key: SupplierKey): string;
}

/**
 * Fills the checklist of a new sample workspace through the same core functions the app uses:
 * the evidence library first (linked to the items it supports), then the assessments with their
 * citations, then the findings. Runs after the registers, whose records it names.
 */
export function populateSampleChecklist(
  context: WriteContext,
  calendar: SampleCalendar,
  ids: SampleRecordIds,
): void {
  const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);
  const libraryId = index.library.id;
  const assessments = sampleAssessments(calendar);
  const recordRef = (citation: SampleCitation) =>
    citation.register === 'agreements'
      ? { register: citation.register, id: ids.agreement(citation.key) }
      : { register: citation.register, id: ids.supplier(citation.key) };

  const evidenceIds = new Map<EvidenceKey, string>();
  for (const file of sampleEvidenceFiles(calendar)) {
    const items = assessments.filter((assessment) => assessment.evidence?.includes(file.key));
    const added = addEvidence(context, {
      fileName: file.fileName,
      mediaType: file.mediaType,
      bytes: file.bytes,
      description: file.description,
      effectiveDate: file.effectiveDate,
      links: items.map(({ itemId }) => ({ kind: 'item' as const, libraryId, itemId })),
    });
    evidenceIds.set(file.key, added.snapshot.id);
  }

  for (const assessment of assessments) {
    const values = assessmentChanges.parse({
      status: assessment.status,
      operatedByAgreementId: assessment.operatedBy ? ids.agreement(assessment.operatedBy) : null,
      clientNotes: assessment.clientNotes,
      internalNotes: assessment.internalNotes ?? '',
      interviewees: assessment.interviewees ?? [],
      owner: assessment.owner,
      dueDate: assessment.dueDate ?? null,
    });
    setAssessment(context, index, assessment.itemId, values);
    for (const citation of assessment.cites ?? []) {
      citeRecord(context, index, assessment.itemId, recordRef(citation));
    }
  }

  for (const finding of sampleFindings(calendar)) {
    const evidenceId = (key: EvidenceKey) => {
      const id = evidenceIds.get(key);
      if (id === undefined) throw new Error(`The sample names evidence "${key}" it does not add.`);
      return id;
    };
    createFinding(
      context,
      findingInput.parse({
        type: finding.type,
        title: finding.title,
        description: finding.description,
        status: finding.status,
        raisedOn: finding.raisedOn,
        items: finding.items.map((itemId) => ({ libraryId, itemId })),
        records: finding.records.map(recordRef),
        correctiveAction: {
          description: finding.action.description,
          owner: finding.action.owner,
          dueDate: finding.action.dueDate,
          status: finding.action.status,
          closureEvidenceIds: finding.action.closureEvidence.map(evidenceId),
        },
      }),
    );
  }
}

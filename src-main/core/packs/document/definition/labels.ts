import type { AssessmentStatus } from '../../../../api/schemas/assessment';
import type { FindingType } from '../../../../api/schemas/findings';
import type { ReadinessSeverity } from '../../../../api/schemas/readiness';
import type { RecordRegisterName } from '../../../../api/schemas/registers/record-api';
import type { PackFinding, PackRecordLabel } from '../pack-data';
import { formatDate } from './format';

/** The words the pack uses for the values it shows; registers' choices reuse the import labels. */
export {
  agreementStatuses,
  agreementTypes,
  comparisons,
  criticalities,
  customerKinds,
  lifecycles,
  metrics,
  periods,
  riskRatings,
  supplierKinds,
  visibilities,
} from '../../../import-export/columns/choices';

/** In the order the summary chart stacks them: the good news first, the gaps last. */
export const statusOrder: readonly AssessmentStatus[] = [
  'conforming',
  'operated_by_other_party',
  'partially_conforming',
  'nonconforming',
  'not_assessed',
];

export const statusLabel: Record<AssessmentStatus, string> = {
  not_assessed: 'Not assessed',
  conforming: 'Conforming',
  partially_conforming: 'Partially conforming',
  nonconforming: 'Nonconforming',
  operated_by_other_party: 'Operated by another party',
};

export const findingTypeLabel: Record<FindingType, string> = {
  major_nc: 'Major nonconformity',
  minor_nc: 'Minor nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
};

export const findingTypeShort: Record<FindingType, string> = {
  major_nc: 'Major NC',
  minor_nc: 'Minor NC',
  observation: 'Observation',
  opportunity: 'Opportunity',
};

export const actionStatusLabel: Record<PackFinding['correctiveAction']['status'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented, not yet verified',
  verified: 'Verified as effective',
};

export const severityLabel: Record<ReadinessSeverity, string> = {
  major: 'Major',
  minor: 'Minor',
  observation: 'Observation',
};

const registerNoun: Record<RecordRegisterName, string> = {
  services: 'Service',
  customers: 'Customer',
  suppliers: 'Supplier',
  agreements: 'Agreement',
  targets: 'Target',
  reviews: 'Review',
};

/** "AGR-004 Colocation contract", "REV-012 Supplier review, 3 Mar 2026". */
export function recordText(record: PackRecordLabel): string {
  const name = record.date === null ? record.name : `${record.name}, ${formatDate(record.date)}`;
  return `${record.code} ${name}`.trim();
}

/** "Agreement AGR-004 Colocation contract": where the register is not clear from the context. */
export function recordTextWithRegister(record: PackRecordLabel): string {
  return `${registerNoun[record.register]} ${recordText(record)}`;
}

import type { FindingStatus, FindingType } from '../../../src-main/api/schemas/findings';
import type { ChipTone } from '../../shared/components/StatusChip';

export const findingTypeIds: readonly FindingType[] = ['major_nc', 'minor_nc', 'observation', 'opportunity'];
export const findingStatusIds: readonly FindingStatus[] = ['open', 'closed'];
export const actionStatusIds = ['not_started', 'in_progress', 'implemented', 'verified'] as const;
export type ActionStatus = (typeof actionStatusIds)[number];

export const findingTypeLabels: Record<FindingType, string> = {
  major_nc: 'Major nonconformity',
  minor_nc: 'Minor nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
};

/** Short forms for the counts and chips. */
export const findingTypeShort: Record<FindingType, string> = {
  major_nc: 'Major NC',
  minor_nc: 'Minor NC',
  observation: 'Observation',
  opportunity: 'Opportunity',
};

export const findingTypeTones: Record<FindingType, ChipTone> = {
  major_nc: 'danger',
  minor_nc: 'warning',
  observation: 'accent',
  opportunity: 'neutral',
};

export const findingStatusLabels: Record<FindingStatus, string> = { open: 'Open', closed: 'Closed' };

export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented',
  verified: 'Verified',
};

export const findingsListHref = '#/findings';
export const newFindingHref = '#/findings/new';
export const findingHref = (id: string) => `#/findings/${encodeURIComponent(id)}`;

export function isNonconformity(type: FindingType): boolean {
  return type === 'major_nc' || type === 'minor_nc';
}

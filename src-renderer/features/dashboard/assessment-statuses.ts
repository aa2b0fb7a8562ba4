import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';

/**
 * The assessment statuses in the order the dashboard stacks them: settled first (conforming, run
 * by another party), then the gaps, with what is left to assess last, as the empty part of a bar.
 */
export const statusOrder: readonly AssessmentStatus[] = [
  'conforming',
  'operated_by_other_party',
  'partially_conforming',
  'nonconforming',
  'not_assessed',
];

export const statusLabels: Record<AssessmentStatus, string> = {
  conforming: 'Conforming',
  operated_by_other_party: 'Operated by another party',
  partially_conforming: 'Partially conforming',
  nonconforming: 'Nonconforming',
  not_assessed: 'Not assessed',
};

/** "2 conforming, 1 nonconforming, 9 not assessed": every status with items, for screen readers. */
export function describeCounts(counts: Record<AssessmentStatus, number>): string {
  const parts = statusOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${statusLabels[status].toLowerCase()}`);
  return parts.length === 0 ? 'no items' : parts.join(', ');
}

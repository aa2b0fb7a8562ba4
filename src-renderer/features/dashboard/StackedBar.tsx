import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import { statusOrder } from './assessment-statuses';

/**
 * One horizontal bar split by status, drawn with CSS: each part's width is its share of the items.
 * Decorative: whatever shows it also says the numbers in words.
 */
export function StackedBar({
  counts,
  total,
  className = '',
}: {
  counts: Record<AssessmentStatus, number>;
  total: number;
  className?: string;
}) {
  return (
    <span className={`stacked-bar ${className}`} aria-hidden="true">
      {total > 0 &&
        statusOrder
          .filter((status) => status !== 'not_assessed' && counts[status] > 0)
          .map((status) => (
            <span
              key={status}
              className={`stacked-bar__part stacked-bar__part--${status}`}
              style={{ width: `${(counts[status] / total) * 100}%` }}
            />
          ))}
    </span>
  );
}

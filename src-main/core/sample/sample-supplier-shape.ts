import type { SupplierInput } from '../../api/schemas/registers/supplier';
import type { SampleCalendar } from './sample-calendar';
import type { CustomerKey, ServiceKey, SupplierKey } from './sample-keys';
import { supplierReviewSchedule } from './sample-review-schedule';

export interface SampleSupplier {
  key: SupplierKey;
  /** Set for a customer acting as a supplier (8.3.4.2): the customer it is. */
  customer?: CustomerKey;
  /** The services it contributes to; linked once the services exist. */
  provides: ServiceKey[];
  raci: { service: ServiceKey; activity: string; role: 'R' | 'A' | 'C' | 'I' }[];
  values: Omit<
    SupplierInput,
    'customerId' | 'providesServiceIds' | 'raci' | 'reviewCadenceMonths' | 'lastReviewDate' | 'nextReviewDate'
  >;
}

/**
 * The weighted criteria a supplier was last evaluated on (scores 1–5), recorded on the day of its
 * latest review.
 */
export function evaluationAtLastReview(
  calendar: SampleCalendar,
  key: SupplierKey,
  rows: readonly [criterion: string, score: number, weight: number, notes?: string][],
): SupplierInput['evaluations'] {
  const schedule = supplierReviewSchedule[key];
  if (!schedule) throw new Error(`The sample evaluates ${key} without a review to record it at.`);
  const evaluatedOn = calendar.day(schedule.last);
  return rows.map(([criterion, score, weight, notes]) => ({
    evaluatedOn,
    criterion,
    score,
    weight,
    notes: notes ?? '',
  }));
}

import { z } from 'zod';
import { finiteNumber, optionalText, recordCode, recordId, requiredText, timestamps } from '../fields';

export const targetMetrics = [
  'availability',
  'response_time',
  'resolution_time',
  'satisfaction',
  'custom',
] as const;
export const comparisons = ['>=', '<=', '>', '<', '='] as const;
export const measurementPeriods = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

/**
 * A service level target. Comparison, threshold, unit and period may be left open while a target
 * is being drafted; the readiness checks report such a target as not measurable.
 */
export const targetInput = z.strictObject({
  code: recordCode.optional(),
  agreementId: recordId,
  serviceId: recordId.nullable().default(null),
  name: requiredText('target name'),
  metric: z.enum(targetMetrics, {
    error: 'Choose availability, response time, resolution time, satisfaction or custom.',
  }),
  comparison: z.enum(comparisons, { error: 'Choose ≥, ≤, >, < or =.' }).nullable().default(null),
  threshold: finiteNumber('threshold').nullable().default(null),
  unit: optionalText('unit', 40),
  period: z
    .enum(measurementPeriods, { error: 'Choose monthly, quarterly, half-yearly or yearly.' })
    .nullable()
    .default(null),
});

export const target = targetInput.extend({ id: recordId, code: recordCode, ...timestamps });

export type TargetInput = z.input<typeof targetInput>;
export type TargetValues = z.output<typeof targetInput>;
export type Target = z.output<typeof target>;
export type Comparison = (typeof comparisons)[number];

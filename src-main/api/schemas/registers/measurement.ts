import { z } from 'zod';
import { calendarDate } from '../engagement';
import { finiteNumber, optionalText, recordId, timestamps } from '../fields';

/** The value a target reached in one period; met or breached follows from the target. */
export const measurementInput = z.strictObject({
  targetId: recordId,
  periodStart: calendarDate,
  value: finiteNumber('measured value'),
  note: optionalText('note', 1000),
});

export const measurement = measurementInput.extend({
  id: recordId,
  /** Null when the target has no comparison or threshold to judge against. */
  met: z.boolean().nullable(),
  ...timestamps,
});

export type MeasurementInput = z.input<typeof measurementInput>;
export type MeasurementValues = z.output<typeof measurementInput>;
export type Measurement = z.output<typeof measurement>;

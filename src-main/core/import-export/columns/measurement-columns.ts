import { measurementInput } from '../../../api/schemas/registers/measurement';
import { referenceCodec } from '../cells/reference-codecs';
import { dateCodec, numberCodec, textCodec } from '../cells/scalar-codecs';
import { column, type RegisterColumns } from './column';

/**
 * Measured performance: one value per target and period. A row for a target and period that
 * already has a value replaces it.
 */
export const measurementColumns: RegisterColumns = {
  register: 'measurements',
  title: 'Measurements',
  schema: measurementInput,
  nameColumn: null,
  describe: (values) => String(values.periodStart ?? ''),
  columns: [
    column(
      'target',
      'Target',
      ['targetId'],
      referenceCodec('targets'),
      'The target measured, by code (or name).',
      {
        required: true,
        aliases: ['target code', 'sla target', 'kpi'],
      },
    ),
    column(
      'periodStart',
      'Period start',
      ['periodStart'],
      dateCodec,
      'The first day of the measured period (YYYY-MM-DD).',
      { required: true, aliases: ['period', 'month', 'date', 'from'] },
    ),
    column('value', 'Value', ['value'], numberCodec, 'The value reached in that period.', {
      required: true,
      aliases: ['actual', 'measured value', 'result'],
    }),
    column('note', 'Note', ['note'], textCodec, 'A remark about the period.', {
      aliases: ['notes', 'comment', 'remarks'],
    }),
  ],
};

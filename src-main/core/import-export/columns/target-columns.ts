import { targetInput } from '../../../api/schemas/registers/target';
import { referenceCodec } from '../cells/reference-codecs';
import { choiceCodec, numberCodec, textCodec } from '../cells/scalar-codecs';
import { comparisons, metrics, periods } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';

/** Service level targets (8.3.3) on agreements. */
export const targetColumns: RegisterColumns = {
  register: 'targets',
  title: 'Service level targets',
  schema: targetInput,
  nameColumn: 'name',
  describe: (values) => String(values.name ?? ''),
  columns: [
    codeColumn(textCodec, 'TGT-021'),
    column('name', 'Name', ['name'], textCodec, 'What the target is, e.g. "Availability of web hosting".', {
      required: true,
      aliases: ['target', 'target name'],
    }),
    column(
      'agreement',
      'Agreement',
      ['agreementId'],
      referenceCodec('agreements'),
      'The agreement the target is part of, by code or title.',
      { required: true, aliases: ['agreement title', 'sla'] },
    ),
    column(
      'service',
      'Service',
      ['serviceId'],
      referenceCodec('services'),
      'The service measured, by code or name.',
      {
        aliases: ['service name'],
      },
    ),
    column(
      'metric',
      'Metric',
      ['metric'],
      choiceCodec(metrics, undefined),
      'Availability, Response time, Resolution time, Satisfaction or Custom.',
      { required: true, aliases: ['measure', 'kpi'] },
    ),
    column(
      'comparison',
      'Comparison',
      ['comparison'],
      choiceCodec(comparisons, null),
      'How a value is judged against the threshold: at least (≥), at most (≤), more than (>), less than (<) or equal to (=).',
      { aliases: ['operator'] },
    ),
    column('threshold', 'Threshold', ['threshold'], numberCodec, 'The number the target sets, e.g. 99.5.', {
      aliases: ['target value', 'level'],
    }),
    column(
      'unit',
      'Unit',
      ['unit'],
      textCodec,
      'The unit of the threshold and measurements, e.g. % or hours.',
    ),
    column(
      'period',
      'Period',
      ['period'],
      choiceCodec(periods, null),
      'How often it is measured: Monthly, Quarterly, Half-yearly or Yearly.',
      { aliases: ['measurement period', 'frequency'] },
    ),
  ],
};

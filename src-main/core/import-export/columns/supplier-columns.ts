import { supplierInput } from '../../../api/schemas/registers/supplier';
import { referenceCodec, referenceListCodec } from '../cells/reference-codecs';
import { choiceCodec, dateCodec, numberCodec, textCodec } from '../cells/scalar-codecs';
import { riskRatings, supplierKinds } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';
import { contactsColumn } from './contacts-column';

/**
 * Suppliers (8.3.4), as a supplier register lists them. Evaluation scores and RACI assignments
 * are matrices clients keep on sheets of their own; they are not in this file, and an update
 * leaves them as they are.
 */
export const supplierColumns: RegisterColumns = {
  register: 'suppliers',
  title: 'Suppliers',
  schema: supplierInput,
  nameColumn: 'name',
  describe: (values) => String(values.name ?? ''),
  columns: [
    codeColumn(textCodec, 'SUP-007'),
    column('name', 'Name', ['name'], textCodec, 'The supplier name.', {
      required: true,
      aliases: ['supplier', 'supplier name', 'vendor'],
    }),
    column(
      'kind',
      'Kind',
      ['kind'],
      choiceCodec(supplierKinds, undefined),
      'External supplier, Internal supplier, or Customer acting as a supplier (8.3.4.2).',
      { required: true, aliases: ['type', 'supplier type', 'supplier kind'] },
    ),
    column(
      'customer',
      'Customer',
      ['customerId'],
      referenceCodec('customers'),
      'For a customer acting as a supplier: that customer, by code or name. Empty otherwise.',
      { aliases: ['acting customer', 'customer acting as supplier'] },
    ),
    column(
      'riskRating',
      'Risk rating',
      ['riskRating'],
      choiceCodec(riskRatings, undefined),
      'Low, Medium or High.',
      {
        required: true,
        aliases: ['risk', 'risk level'],
      },
    ),
    column(
      'providesServices',
      'Provides services',
      ['providesServiceIds'],
      referenceListCodec('services'),
      'The services this supplier provides or supports: codes or names, separated by ";".',
      { aliases: ['services', 'services provided', 'supports services'] },
    ),
    column(
      'providesProcesses',
      'Provides processes',
      ['providesProcesses'],
      textCodec,
      'Processes, or parts of processes, the supplier operates.',
      { aliases: ['processes', 'processes provided'] },
    ),
    column('description', 'Description', ['description'], textCodec, 'What the supplier provides.', {
      aliases: ['notes', 'scope'],
    }),
    contactsColumn,
    column(
      'reviewCadence',
      'Review cadence (months)',
      ['reviewCadenceMonths'],
      numberCodec,
      'How often performance is reviewed, in whole months (1–60).',
      { aliases: ['review cadence', 'review frequency', 'review interval'] },
    ),
    column(
      'lastReview',
      'Last review',
      ['lastReviewDate'],
      dateCodec,
      'Date of the last review (YYYY-MM-DD).',
      {
        aliases: ['last reviewed', 'last review date'],
      },
    ),
    column(
      'nextReview',
      'Next review',
      ['nextReviewDate'],
      dateCodec,
      'Date the next review is due (YYYY-MM-DD).',
      {
        aliases: ['next review date', 'review due'],
      },
    ),
  ],
};

import { agreementInput } from '../../../api/schemas/registers/agreement';
import { textListCodec } from '../cells/list-codecs';
import { referenceCodec, referenceListCodec } from '../cells/reference-codecs';
import { choiceCodec, dateCodec, numberCodec, textCodec } from '../cells/scalar-codecs';
import { agreementStatuses, agreementTypes } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';

/** Agreements (8.3.1, 8.3.3, 8.3.4): SLAs, OLAs, contracts and other agreements. */
export const agreementColumns: RegisterColumns = {
  register: 'agreements',
  title: 'Agreements',
  schema: agreementInput,
  nameColumn: 'title',
  describe: (values) => String(values.title ?? ''),
  columns: [
    codeColumn(textCodec, 'AGR-003'),
    column('title', 'Title', ['title'], textCodec, 'The agreement title.', {
      required: true,
      aliases: ['name', 'agreement', 'agreement title'],
    }),
    column(
      'type',
      'Type',
      ['type'],
      choiceCodec(agreementTypes, undefined),
      'SLA (with a customer), OLA (with an internal supplier or a customer acting as a supplier), Contract (with an external supplier) or Other (MOU, SLR).',
      { required: true, aliases: ['agreement type', 'kind'] },
    ),
    column(
      'status',
      'Status',
      ['status'],
      choiceCodec(agreementStatuses, undefined),
      'Draft, Agreed, Expired or Terminated.',
      { required: true, aliases: ['agreement status', 'state'] },
    ),
    column(
      'customer',
      'Customer',
      ['customerId'],
      referenceCodec('customers'),
      'For an SLA: the customer, by code or name.',
      { aliases: ['customer name', 'client'] },
    ),
    column(
      'supplier',
      'Supplier',
      ['supplierId'],
      referenceCodec('suppliers'),
      'For an OLA or a contract: the supplier, by code or name.',
      { aliases: ['supplier name', 'vendor', 'provider'] },
    ),
    column(
      'services',
      'Services',
      ['serviceIds'],
      referenceListCodec('services'),
      'The services covered: codes or names, separated by ";".',
      { aliases: ['services covered', 'service'] },
    ),
    column('owner', 'Owner', ['owner'], textCodec, 'Who owns the agreement.', {
      aliases: ['agreement owner'],
    }),
    column('startDate', 'Start date', ['startDate'], dateCodec, 'YYYY-MM-DD.', {
      aliases: ['start', 'effective date', 'valid from'],
    }),
    column('endDate', 'End date', ['endDate'], dateCodec, 'YYYY-MM-DD; empty for no end date.', {
      aliases: ['end', 'expiry date', 'expires', 'valid until'],
    }),
    column(
      'noticePeriod',
      'Notice period (days)',
      ['noticePeriodDays'],
      numberCodec,
      'Notice period in whole days.',
      { aliases: ['notice period', 'notice'] },
    ),
    column(
      'reviewCadence',
      'Review cadence (months)',
      ['reviewCadenceMonths'],
      numberCodec,
      'How often the agreement is reviewed, in whole months (1–60).',
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
    column('description', 'Description', ['description'], textCodec, 'Scope and notes.', {
      aliases: ['notes', 'scope'],
    }),
    column(
      'documents',
      'Documents',
      ['documentLinks'],
      textListCodec,
      'Where the signed agreement and its annexes are: links or paths, separated by ";".',
      { aliases: ['document links', 'documents links', 'links', 'evidence'] },
    ),
  ],
};

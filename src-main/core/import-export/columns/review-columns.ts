import type { ReviewInput } from '../../../api/schemas/registers/review';
import { reviewInput } from '../../../api/schemas/registers/review';
import { choicePart, datePart, itemListCodec, textPart } from '../cells/list-codecs';
import { referenceCodec } from '../cells/reference-codecs';
import { choiceCodec, dateCodec, textCodec } from '../cells/scalar-codecs';
import { actionStatuses, reviewSubjects } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';

type Action = NonNullable<ReviewInput['actions']>[number];

/** Agreement reviews and supplier performance reviews, with the actions agreed at them. */
export const reviewColumns: RegisterColumns = {
  register: 'reviews',
  title: 'Reviews',
  schema: reviewInput,
  nameColumn: null,
  describe: (values) =>
    `${values.subject === 'supplier' ? 'Supplier' : 'Agreement'} review ${String(values.reviewDate ?? '')}`,
  columns: [
    codeColumn(textCodec, 'REV-009'),
    column(
      'subject',
      'Subject',
      ['subject'],
      choiceCodec(reviewSubjects, undefined),
      'What was reviewed: Agreement or Supplier.',
      { required: true, aliases: ['review type', 'type'] },
    ),
    column(
      'agreement',
      'Agreement',
      ['agreementId'],
      referenceCodec('agreements'),
      'For an agreement review: the agreement, by code or title.',
    ),
    column(
      'supplier',
      'Supplier',
      ['supplierId'],
      referenceCodec('suppliers'),
      'For a supplier review: the supplier, by code or name.',
    ),
    column(
      'reviewDate',
      'Review date',
      ['reviewDate'],
      dateCodec,
      'When the review took place (YYYY-MM-DD).',
      {
        required: true,
        aliases: ['date', 'reviewed on', 'meeting date'],
      },
    ),
    column('participants', 'Participants', ['participants'], textCodec, 'Who took part.', {
      aliases: ['attendees'],
    }),
    column('outcome', 'Outcome', ['outcome'], textCodec, 'What the review concluded.', {
      aliases: ['conclusion', 'summary', 'minutes'],
    }),
    column(
      'actions',
      'Actions',
      ['actions'],
      itemListCodec<Action>({
        description: textPart('description'),
        owner: textPart('owner'),
        dueDate: datePart('due date'),
        status: choicePart('status', actionStatuses),
      }),
      'Actions agreed as "description|owner|due date|status" (status Open, Done or Cancelled; empty means Open), separated by ";".',
      { aliases: ['action items', 'follow-up actions'] },
    ),
  ],
};

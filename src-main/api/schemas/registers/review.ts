import { z } from 'zod';
import { calendarDate } from '../engagement';
import {
  listOf,
  optionalDate,
  optionalText,
  recordCode,
  recordId,
  requiredText,
  timestamps,
} from '../fields';

export const reviewSubjects = ['agreement', 'supplier'] as const;
export const actionStatuses = ['open', 'done', 'cancelled'] as const;

export const reviewAction = z.strictObject({
  description: requiredText('action', 1000),
  owner: optionalText('owner', 200),
  dueDate: optionalDate,
  status: z.enum(actionStatuses).default('open'),
});

/** An agreement review or a supplier performance review, with the actions it agreed. */
export const reviewInput = z
  .strictObject({
    code: recordCode.optional(),
    subject: z.enum(reviewSubjects, { error: 'Choose agreement or supplier.' }),
    agreementId: recordId.nullable().default(null),
    supplierId: recordId.nullable().default(null),
    reviewDate: calendarDate,
    participants: optionalText('participants', 1000),
    outcome: optionalText('outcome'),
    actions: listOf(reviewAction, 200),
  })
  .superRefine((value, context) => {
    if (value.subject === 'agreement' && value.agreementId === null) {
      context.addIssue({
        code: 'custom',
        path: ['agreementId'],
        message: 'Choose the agreement that was reviewed.',
      });
    }
    if (value.subject === 'supplier' && value.supplierId === null) {
      context.addIssue({
        code: 'custom',
        path: ['supplierId'],
        message: 'Choose the supplier that was reviewed.',
      });
    }
    if (value.subject === 'agreement' && value.supplierId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['supplierId'],
        message: 'An agreement review names the agreement, not a supplier.',
      });
    }
    if (value.subject === 'supplier' && value.agreementId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['agreementId'],
        message: 'A supplier review names the supplier, not an agreement.',
      });
    }
  });

export const review = reviewInput.safeExtend({ id: recordId, code: recordCode, ...timestamps });

export type ReviewInput = z.input<typeof reviewInput>;
export type ReviewValues = z.output<typeof reviewInput>;
export type Review = z.output<typeof review>;

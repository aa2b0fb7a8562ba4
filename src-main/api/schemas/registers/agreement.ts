import { z } from 'zod';
import {
  listOf,
  months,
  optionalDate,
  optionalText,
  recordCode,
  recordId,
  requiredText,
  timestamps,
} from '../fields';

/**
 * 8.3.1, 8.3.3, 8.3.4: an SLA is with a customer; an OLA (internal agreement) with an internal
 * supplier or a customer acting as a supplier; a contract with an external supplier; "other"
 * covers MOUs and service level requirements.
 */
export const agreementTypes = ['sla', 'ola', 'contract', 'other'] as const;
export const agreementStatuses = ['draft', 'agreed', 'expired', 'terminated'] as const;

export const agreementInput = z
  .strictObject({
    code: recordCode.optional(),
    title: requiredText('agreement title'),
    type: z.enum(agreementTypes, { error: 'Choose SLA, OLA, contract or other.' }),
    customerId: recordId.nullable().default(null),
    supplierId: recordId.nullable().default(null),
    description: optionalText('description'),
    serviceIds: listOf(recordId),
    startDate: optionalDate,
    endDate: optionalDate,
    noticePeriodDays: z
      .number({ error: 'The notice period must be a number of days.' })
      .int('The notice period must be a whole number of days.')
      .min(0, 'The notice period cannot be negative.')
      .max(3650, 'The notice period must be at most 3650 days.')
      .nullable()
      .default(null),
    reviewCadenceMonths: months('review cadence'),
    lastReviewDate: optionalDate,
    nextReviewDate: optionalDate,
    owner: optionalText('owner', 200),
    status: z.enum(agreementStatuses, { error: 'Choose draft, agreed, expired or terminated.' }),
    documentLinks: listOf(optionalText('document link', 1000), 50),
  })
  .superRefine((value, context) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'The end date is before the start date.',
      });
    }
    if (value.type === 'sla' && value.customerId === null) {
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'An SLA is agreed with a customer: choose one.',
      });
    }
    if ((value.type === 'ola' || value.type === 'contract') && value.supplierId === null) {
      context.addIssue({
        code: 'custom',
        path: ['supplierId'],
        message:
          value.type === 'ola'
            ? 'An OLA is agreed with an internal supplier or a customer acting as a supplier: choose one.'
            : 'A contract is agreed with an external supplier: choose one.',
      });
    }
    if (value.type === 'sla' && value.supplierId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['supplierId'],
        message: 'An SLA names a customer, not a supplier.',
      });
    }
    if ((value.type === 'ola' || value.type === 'contract') && value.customerId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'This agreement names a supplier, not a customer.',
      });
    }
  });

export const agreement = agreementInput.safeExtend({ id: recordId, code: recordCode, ...timestamps });

export type AgreementInput = z.input<typeof agreementInput>;
export type AgreementValues = z.output<typeof agreementInput>;
export type Agreement = z.output<typeof agreement>;

import { z } from 'zod';
import { calendarDate } from '../engagement';
import {
  finiteNumber,
  listOf,
  months,
  optionalDate,
  optionalText,
  recordCode,
  recordId,
  requiredText,
  timestamps,
} from '../fields';
import { contact } from './customer';

/** 8.3.4: external suppliers, internal suppliers, and customers acting as a supplier (8.3.4.2). */
export const supplierKinds = ['external', 'internal', 'customer'] as const;
export const riskRatings = ['low', 'medium', 'high'] as const;
export const raciRoles = ['R', 'A', 'C', 'I'] as const;

export const supplierEvaluation = z.strictObject({
  evaluatedOn: calendarDate,
  criterion: requiredText('criterion'),
  score: finiteNumber('score'),
  weight: finiteNumber('weight').default(1),
  notes: optionalText('notes'),
});

export const raciAssignment = z.strictObject({
  serviceId: recordId,
  activity: requiredText('activity'),
  role: z.enum(raciRoles, { error: 'Choose R, A, C or I.' }),
});

export const supplierInput = z
  .strictObject({
    code: recordCode.optional(),
    name: requiredText('supplier name'),
    kind: z.enum(supplierKinds, {
      error: 'Choose external supplier, internal supplier or customer acting as a supplier.',
    }),
    /** Set exactly when the kind is "customer": the customer that acts as a supplier. */
    customerId: recordId.nullable().default(null),
    description: optionalText('description'),
    providesServiceIds: listOf(recordId),
    providesProcesses: optionalText('processes provided'),
    riskRating: z.enum(riskRatings, { error: 'Choose low, medium or high.' }),
    contacts: listOf(contact),
    evaluations: listOf(supplierEvaluation, 2000),
    raci: listOf(raciAssignment, 2000),
    reviewCadenceMonths: months('review cadence'),
    lastReviewDate: optionalDate,
    nextReviewDate: optionalDate,
  })
  .superRefine((value, context) => {
    if (value.kind === 'customer' && value.customerId === null) {
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Choose the customer that acts as this supplier.',
      });
    }
    if (value.kind !== 'customer' && value.customerId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Only a customer acting as a supplier names a customer.',
      });
    }
  });

export const supplier = supplierInput.safeExtend({ id: recordId, code: recordCode, ...timestamps });

export type SupplierInput = z.input<typeof supplierInput>;
export type SupplierValues = z.output<typeof supplierInput>;
export type Supplier = z.output<typeof supplier>;

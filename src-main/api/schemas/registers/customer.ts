import { z } from 'zod';
import { calendarDate } from '../engagement';
import {
  finiteNumber,
  listOf,
  optionalText,
  recordCode,
  recordId,
  requiredText,
  timestamps,
} from '../fields';

export const customerKinds = ['external', 'internal'] as const;
export const complaintStatuses = ['open', 'investigating', 'resolved', 'closed'] as const;

export const contact = z.strictObject({
  name: requiredText('contact name'),
  role: optionalText('role', 200),
  email: optionalText('email', 320),
  phone: optionalText('phone', 60),
});

export const satisfactionMeasurement = z.strictObject({
  measuredOn: calendarDate,
  score: finiteNumber('score'),
  comment: optionalText('comment'),
});

export const complaint = z.strictObject({
  receivedOn: calendarDate,
  description: requiredText('complaint', 4000),
  status: z.enum(complaintStatuses),
  resolution: optionalText('resolution'),
});

export const customerInput = z.strictObject({
  code: recordCode.optional(),
  name: requiredText('customer name'),
  kind: z.enum(customerKinds, { error: 'Choose external or internal.' }),
  relationshipManager: optionalText('relationship manager', 200),
  description: optionalText('description'),
  contacts: listOf(contact),
  satisfaction: listOf(satisfactionMeasurement, 5000),
  complaints: listOf(complaint, 5000),
});

export const customer = customerInput.extend({ id: recordId, code: recordCode, ...timestamps });

export type ContactValues = z.output<typeof contact>;
export type CustomerInput = z.input<typeof customerInput>;
export type CustomerValues = z.output<typeof customerInput>;
export type Customer = z.output<typeof customer>;

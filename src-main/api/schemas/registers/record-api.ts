import { z } from 'zod';
import { recordId } from '../fields';

export const recordRegisters = [
  'services',
  'customers',
  'suppliers',
  'agreements',
  'targets',
  'reviews',
] as const;

export const byId = z.strictObject({ id: recordId });

export const deleteInput = z.strictObject({
  id: recordId,
  /** Remove optional references from other records first (each change logged) instead of refusing. */
  detachReferences: z.boolean().default(false),
});

export const deleteOutcome = z.object({
  deleted: recordId,
  detached: z.array(z.object({ register: z.string(), id: recordId })),
});

export const recordOption = z.object({ id: recordId, code: z.string(), name: z.string() });

export const optionsInput = z.strictObject({
  register: z.enum(recordRegisters),
  search: z.string().max(200).default(''),
  /** Only these ids, e.g. to label the values a form already holds. */
  ids: z.array(recordId).max(500).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const relatedGroup = z.object({
  register: z.enum(recordRegisters),
  label: z.string(),
  items: z.array(z.object({ id: recordId, code: z.string(), name: z.string(), detail: z.string() })),
});

export const historyEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  operation: z.enum(['create', 'update', 'delete']),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

export type RecordRegisterName = (typeof recordRegisters)[number];
export type RecordOption = z.output<typeof recordOption>;
export type RelatedGroup = z.output<typeof relatedGroup>;
export type HistoryEntry = z.output<typeof historyEntry>;

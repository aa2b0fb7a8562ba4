import { z } from 'zod';
import { calendarDate } from './engagement';
import { hasNoNullCharacter, nullCharacterMessage } from './plain-text';

/** Field schemas shared by every register, with messages written for the person filling a form. */
export const recordId = z.uuid({ error: 'Not a record id.' });

export const recordCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/,
    'Use up to 32 letters, digits, dots, dashes or slashes, e.g. SVC-012.',
  );

export const requiredText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} must be at most ${max} characters.`)
    .refine(hasNoNullCharacter, nullCharacterMessage(label));

export const optionalText = (label: string, max = 4000) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} must be at most ${max} characters.`)
    .refine(hasNoNullCharacter, nullCharacterMessage(label))
    .default('');

export const optionalDate = calendarDate.nullable().default(null);

export const months = (label: string) =>
  z
    .number({ error: `The ${label} must be a number of months.` })
    .int(`The ${label} must be a whole number of months.`)
    .min(1, `The ${label} must be at least 1 month.`)
    .max(60, `The ${label} must be at most 60 months.`)
    .nullable()
    .default(null);

export const finiteNumber = (label: string) =>
  z
    .number({ error: `The ${label} must be a number.` })
    .refine(Number.isFinite, `The ${label} must be a finite number.`);

export const timestamps = { createdAt: z.string(), updatedAt: z.string() };

export const listOf = <T extends z.ZodType>(item: T, max = 500) =>
  z.array(item).max(max, `At most ${max} entries.`).default([]);

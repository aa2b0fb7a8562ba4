import { z } from 'zod';
import { calendarDate } from './engagement';
import { recordId } from './fields';

/**
 * Readiness checks: findings the app derives from the registers on its own, each tied to the
 * clause of ISO/IEC 20000-1:2018 it concerns. Severities follow audit practice: a major
 * nonconformity is a requirement not met at all, a minor one a lapse in meeting it, an
 * observation something that will become a finding if left alone.
 */
export const readinessSeverities = ['major', 'minor', 'observation'] as const;
export const readinessSeverity = z.enum(readinessSeverities);

/** The registers a finding can name records of. */
export const readinessRegisters = ['services', 'customers', 'suppliers', 'agreements', 'targets'] as const;

export const readinessRecord = z.object({
  register: z.enum(readinessRegisters),
  id: recordId,
  code: z.string(),
  /** The record's name (an agreement's title). */
  name: z.string(),
});

export const readinessFinding = z.object({
  ruleId: z.string(),
  /** The clause the finding concerns, e.g. 8.3.3. */
  clause: z.string(),
  /** The requirement item of the clause library the rule checks, e.g. 8.3.3-03. */
  itemId: z.string(),
  severity: readinessSeverity,
  /** The rule's short title, the same for every finding of the rule. */
  title: z.string(),
  /** What is wrong with these records, naming them, e.g. "SVC-021 … has no agreed SLA". */
  message: z.string(),
  /** The records concerned, the one the finding is about first. */
  records: z.array(readinessRecord),
});

export const readinessRule = z.object({
  id: z.string(),
  clause: z.string(),
  itemId: z.string(),
  severity: readinessSeverity,
  title: z.string(),
  /** What the rule looks for, in a sentence. */
  description: z.string(),
});

const severityCounts = z.object({
  major: z.number().int(),
  minor: z.number().int(),
  observation: z.number().int(),
});

export const readinessSummary = z.object({
  total: z.number().int(),
  bySeverity: severityCounts,
  /** Every clause a rule checks, in clause order, with zeros where nothing was found. */
  byClause: z.array(severityCounts.extend({ clause: z.string(), total: z.number().int() })),
});

export const readinessInput = z.strictObject({
  /** The day the registers are judged on; today (UTC) when left out. */
  today: calendarDate.optional(),
});

export const readinessReport = z.object({
  today: calendarDate,
  /** Every rule that ran, in clause order. */
  rules: z.array(readinessRule),
  /** Sorted by clause, then severity (major first). */
  findings: z.array(readinessFinding),
  summary: readinessSummary,
});

export type ReadinessSeverity = z.output<typeof readinessSeverity>;
export type ReadinessRegister = (typeof readinessRegisters)[number];
export type ReadinessRecord = z.output<typeof readinessRecord>;
export type ReadinessFinding = z.output<typeof readinessFinding>;
export type ReadinessRuleInfo = z.output<typeof readinessRule>;
export type ReadinessSummary = z.output<typeof readinessSummary>;
export type ReadinessReport = z.output<typeof readinessReport>;

import { z } from 'zod';
import { calendarDate } from '../engagement';
import { recordId } from '../fields';

/** One page of a register, searched, filtered and sorted in the database. */
export const listInput = z.strictObject({
  search: z.string().max(200, 'Search for at most 200 characters.').default(''),
  filters: z.record(z.string().max(40), z.string().max(80)).default({}),
  sort: z
    .strictObject({ by: z.string().max(40), direction: z.enum(['asc', 'desc']).default('asc') })
    .nullable()
    .default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** The day that "overdue" and "expires in" are measured from; today when left out. */
  today: calendarDate.optional(),
});

const page = <T extends z.ZodType>(row: T) => z.object({ total: z.number().int(), rows: z.array(row) });

export const serviceRow = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  owner: z.string(),
  lifecycle: z.string(),
  criticality: z.string(),
  inCatalogue: z.boolean(),
  customerCount: z.number().int(),
  agreementCount: z.number().int(),
  breachedTargets: z.number().int(),
});

export const customerRow = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  relationshipManager: z.string(),
  serviceCount: z.number().int(),
  agreementCount: z.number().int(),
  openComplaints: z.number().int(),
  latestSatisfaction: z.number().nullable(),
});

export const supplierRow = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  riskRating: z.string(),
  nextReviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  agreementCount: z.number().int(),
});

export const agreementRow = z.object({
  id: recordId,
  code: z.string(),
  title: z.string(),
  type: z.string(),
  status: z.string(),
  counterparty: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Days until the end date, negative once past; null without an end date. */
  daysToEnd: z.number().int().nullable(),
  nextReviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  targetCount: z.number().int(),
  breachedTargets: z.number().int(),
});

export const targetRow = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  agreementId: recordId,
  agreementCode: z.string(),
  serviceName: z.string().nullable(),
  metric: z.string(),
  comparison: z.string().nullable(),
  threshold: z.number().nullable(),
  unit: z.string(),
  period: z.string().nullable(),
  latestPeriod: z.string().nullable(),
  latestValue: z.number().nullable(),
  latestMet: z.boolean().nullable(),
});

export const reviewRow = z.object({
  id: recordId,
  code: z.string(),
  subject: z.string(),
  subjectId: recordId,
  subjectCode: z.string(),
  subjectName: z.string(),
  reviewDate: z.string(),
  outcome: z.string(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
});

export const servicePage = page(serviceRow);
export const customerPage = page(customerRow);
export const supplierPage = page(supplierRow);
export const agreementPage = page(agreementRow);
export const targetPage = page(targetRow);
export const reviewPage = page(reviewRow);

export type ListInput = z.output<typeof listInput>;
export type ServiceRow = z.output<typeof serviceRow>;
export type CustomerRow = z.output<typeof customerRow>;
export type SupplierRow = z.output<typeof supplierRow>;
export type AgreementRow = z.output<typeof agreementRow>;
export type TargetRow = z.output<typeof targetRow>;
export type ReviewRow = z.output<typeof reviewRow>;

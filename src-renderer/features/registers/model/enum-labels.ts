import type { agreementStatuses, agreementTypes } from '../../../../src-main/api/schemas/registers/agreement';
import type { complaintStatuses, customerKinds } from '../../../../src-main/api/schemas/registers/customer';
import type { actionStatuses, reviewSubjects } from '../../../../src-main/api/schemas/registers/review';
import type {
  catalogueVisibilities,
  criticalities,
  serviceLifecycles,
} from '../../../../src-main/api/schemas/registers/service';
import type {
  raciRoles,
  riskRatings,
  supplierKinds,
} from '../../../../src-main/api/schemas/registers/supplier';
import type {
  comparisons,
  measurementPeriods,
  targetMetrics,
} from '../../../../src-main/api/schemas/registers/target';

// The core's enums, repeated here because the renderer may import only types from the core;
// `satisfies` makes the compiler flag a missing or extra value. Key order is display order.

type Of<T extends readonly string[]> = T[number];

export type ServiceLifecycle = Of<typeof serviceLifecycles>;
export type Criticality = Of<typeof criticalities>;
export type CatalogueVisibility = Of<typeof catalogueVisibilities>;
export type CustomerKind = Of<typeof customerKinds>;
export type ComplaintStatus = Of<typeof complaintStatuses>;
export type SupplierKind = Of<typeof supplierKinds>;
export type RiskRating = Of<typeof riskRatings>;
export type RaciRole = Of<typeof raciRoles>;
export type AgreementType = Of<typeof agreementTypes>;
export type AgreementStatus = Of<typeof agreementStatuses>;
export type TargetMetric = Of<typeof targetMetrics>;
export type Comparison = Of<typeof comparisons>;
export type MeasurementPeriod = Of<typeof measurementPeriods>;
export type ReviewSubject = Of<typeof reviewSubjects>;
export type ActionStatus = Of<typeof actionStatuses>;

export const lifecycleLabels = {
  pipeline: 'Pipeline',
  live: 'Live',
  retired: 'Retired',
} as const satisfies Record<ServiceLifecycle, string>;

export const criticalityLabels = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
} as const satisfies Record<Criticality, string>;

export const visibilityLabels = {
  public: 'Public',
  customers: 'Customers only',
  internal: 'Internal only',
} as const satisfies Record<CatalogueVisibility, string>;

export const customerKindLabels = {
  external: 'External',
  internal: 'Internal',
} as const satisfies Record<CustomerKind, string>;

export const complaintStatusLabels = {
  open: 'Open',
  investigating: 'Investigating',
  resolved: 'Resolved',
  closed: 'Closed',
} as const satisfies Record<ComplaintStatus, string>;

export const supplierKindLabels = {
  external: 'External supplier',
  internal: 'Internal supplier',
  customer: 'Customer acting as a supplier',
} as const satisfies Record<SupplierKind, string>;

export const riskRatingLabels = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
} as const satisfies Record<RiskRating, string>;

export const raciRoleLabels = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
} as const satisfies Record<RaciRole, string>;

export const agreementTypeLabels = {
  sla: 'SLA',
  ola: 'OLA',
  contract: 'Contract',
  other: 'Other',
} as const satisfies Record<AgreementType, string>;

/** What each type means, for the form (8.3.3, 8.3.4). */
export const agreementTypeLongLabels = {
  sla: 'Service level agreement (SLA) with a customer',
  ola: 'Operational level agreement (OLA) with an internal supplier',
  contract: 'Contract with an external supplier',
  other: 'Other (MOU, service level requirement…)',
} as const satisfies Record<AgreementType, string>;

export const agreementStatusLabels = {
  draft: 'Draft',
  agreed: 'Agreed',
  expired: 'Expired',
  terminated: 'Terminated',
} as const satisfies Record<AgreementStatus, string>;

export const metricLabels = {
  availability: 'Availability',
  response_time: 'Response time',
  resolution_time: 'Resolution time',
  satisfaction: 'Satisfaction',
  custom: 'Custom',
} as const satisfies Record<TargetMetric, string>;

export const comparisonSymbols = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
} as const satisfies Record<Comparison, string>;

export const comparisonLabels = {
  '>=': 'at least (≥)',
  '<=': 'at most (≤)',
  '>': 'more than (>)',
  '<': 'less than (<)',
  '=': 'exactly (=)',
} as const satisfies Record<Comparison, string>;

export const periodLabels = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  half_yearly: 'Half-yearly',
  yearly: 'Yearly',
} as const satisfies Record<MeasurementPeriod, string>;

export const reviewSubjectLabels = {
  agreement: 'Agreement review',
  supplier: 'Supplier performance review',
} as const satisfies Record<ReviewSubject, string>;

export const actionStatusLabels = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
} as const satisfies Record<ActionStatus, string>;

/** The keys of a label map, in display order, typed as the enum. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The label for a value the core sent as a plain string; the value itself if it is unknown. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}

/** Metric names short enough for a table column. */
export const targetMetricsShort = {
  availability: 'Availability',
  response_time: 'Response',
  resolution_time: 'Resolution',
  satisfaction: 'Satisfaction',
  custom: 'Custom',
} as const satisfies Record<TargetMetric, string>;

import type { AgreementInput } from '../../../../src-main/api/schemas/registers/agreement';
import type { CustomerInput } from '../../../../src-main/api/schemas/registers/customer';
import type { ReviewInput } from '../../../../src-main/api/schemas/registers/review';
import type { ServiceInput } from '../../../../src-main/api/schemas/registers/service';
import type { SupplierInput } from '../../../../src-main/api/schemas/registers/supplier';
import type { TargetInput } from '../../../../src-main/api/schemas/registers/target';
import type {
  ActionStatus,
  AgreementStatus,
  AgreementType,
  CatalogueVisibility,
  ComplaintStatus,
  Criticality,
  CustomerKind,
  RaciRole,
  ReviewSubject,
  RiskRating,
  ServiceLifecycle,
  SupplierKind,
  TargetMetric,
} from '../model/enum-labels';
import type { RecordOf } from '../state/record-store';

// What each form edits: every value as its input holds it (text as typed, '' for "none"), and the
// conversion to the core's input. The core checks everything; a value that is not a number or not a
// date goes to it as typed, so its message says what is wrong, beside the field.

/** '' → null; a number → the number; anything else as typed, for the core to refuse with its message. */
function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : (trimmed as unknown as number);
}

/** A number the core requires: '' goes as null, which it refuses with "… must be a number". */
function requiredNumber(text: string): number {
  return optionalNumber(text) as number;
}

function optionalDate(text: string): string | null {
  return text === '' ? null : text;
}

function optionalId(id: string): string | null {
  return id === '' ? null : id;
}

/** A new record's code may be left empty: the core then gives it the next free one. */
function code(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

const text = (value: number | null) => (value === null ? '' : String(value));
const date = (value: string | null) => value ?? '';

// Services

export interface ServiceFormValues {
  code: string;
  name: string;
  description: string;
  owner: string;
  lifecycle: ServiceLifecycle;
  criticality: Criticality;
  customerIds: string[];
  dependsOnIds: string[];
  components: { name: string; type: string; owner: string; operatedBySupplierId: string }[];
  catalogue: {
    inCatalogue: boolean;
    offerings: string;
    requestTypes: string;
    availabilityHours: string;
    targetsOffered: string;
    visibility: CatalogueVisibility;
  };
}

export function newService(): ServiceFormValues {
  return {
    code: '',
    name: '',
    description: '',
    owner: '',
    lifecycle: 'live',
    criticality: 'medium',
    customerIds: [],
    dependsOnIds: [],
    components: [],
    catalogue: {
      inCatalogue: false,
      offerings: '',
      requestTypes: '',
      availabilityHours: '',
      targetsOffered: '',
      visibility: 'customers',
    },
  };
}

export function serviceValues(record: RecordOf['services']): ServiceFormValues {
  return {
    code: record.code,
    name: record.name,
    description: record.description,
    owner: record.owner,
    lifecycle: record.lifecycle,
    criticality: record.criticality,
    customerIds: [...record.customerIds],
    dependsOnIds: [...record.dependsOnIds],
    components: record.components.map((component) => ({
      name: component.name,
      type: component.type,
      owner: component.owner,
      operatedBySupplierId: component.operatedBySupplierId ?? '',
    })),
    catalogue: { ...record.catalogue },
  };
}

export function serviceInput(values: ServiceFormValues): ServiceInput {
  return {
    code: code(values.code),
    name: values.name,
    description: values.description,
    owner: values.owner,
    lifecycle: values.lifecycle,
    criticality: values.criticality,
    customerIds: values.customerIds,
    dependsOnIds: values.dependsOnIds,
    components: values.components.map((component) => ({
      ...component,
      operatedBySupplierId: optionalId(component.operatedBySupplierId),
    })),
    catalogue: values.catalogue,
  };
}

// Customers

export interface ContactFormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface CustomerFormValues {
  code: string;
  name: string;
  kind: CustomerKind;
  relationshipManager: string;
  description: string;
  contacts: ContactFormValues[];
  satisfaction: { measuredOn: string; score: string; comment: string }[];
  complaints: { receivedOn: string; description: string; status: ComplaintStatus; resolution: string }[];
}

export function newCustomer(): CustomerFormValues {
  return {
    code: '',
    name: '',
    kind: 'external',
    relationshipManager: '',
    description: '',
    contacts: [],
    satisfaction: [],
    complaints: [],
  };
}

export function customerValues(record: RecordOf['customers']): CustomerFormValues {
  return {
    code: record.code,
    name: record.name,
    kind: record.kind,
    relationshipManager: record.relationshipManager,
    description: record.description,
    contacts: record.contacts.map((contact) => ({ ...contact })),
    satisfaction: record.satisfaction.map((entry) => ({ ...entry, score: String(entry.score) })),
    complaints: record.complaints.map((complaint) => ({ ...complaint })),
  };
}

export function customerInput(values: CustomerFormValues): CustomerInput {
  return {
    ...values,
    code: code(values.code),
    satisfaction: values.satisfaction.map((entry) => ({ ...entry, score: requiredNumber(entry.score) })),
  };
}

// Suppliers

export interface SupplierFormValues {
  code: string;
  name: string;
  kind: SupplierKind;
  customerId: string;
  description: string;
  providesServiceIds: string[];
  providesProcesses: string;
  riskRating: RiskRating;
  contacts: ContactFormValues[];
  evaluations: { evaluatedOn: string; criterion: string; score: string; weight: string; notes: string }[];
  raci: { serviceId: string; activity: string; role: RaciRole }[];
  reviewCadenceMonths: string;
  lastReviewDate: string;
  nextReviewDate: string;
}

export function newSupplier(): SupplierFormValues {
  return {
    code: '',
    name: '',
    kind: 'external',
    customerId: '',
    description: '',
    providesServiceIds: [],
    providesProcesses: '',
    riskRating: 'medium',
    contacts: [],
    evaluations: [],
    raci: [],
    reviewCadenceMonths: '12',
    lastReviewDate: '',
    nextReviewDate: '',
  };
}

export function supplierValues(record: RecordOf['suppliers']): SupplierFormValues {
  return {
    code: record.code,
    name: record.name,
    kind: record.kind,
    customerId: record.customerId ?? '',
    description: record.description,
    providesServiceIds: [...record.providesServiceIds],
    providesProcesses: record.providesProcesses,
    riskRating: record.riskRating,
    contacts: record.contacts.map((contact) => ({ ...contact })),
    evaluations: record.evaluations.map((entry) => ({
      ...entry,
      score: String(entry.score),
      weight: String(entry.weight),
    })),
    raci: record.raci.map((entry) => ({ ...entry })),
    reviewCadenceMonths: text(record.reviewCadenceMonths),
    lastReviewDate: date(record.lastReviewDate),
    nextReviewDate: date(record.nextReviewDate),
  };
}

export function supplierInput(values: SupplierFormValues): SupplierInput {
  return {
    code: code(values.code),
    name: values.name,
    kind: values.kind,
    // Only a customer acting as a supplier names a customer; a choice left from another kind is dropped.
    customerId: values.kind === 'customer' ? optionalId(values.customerId) : null,
    description: values.description,
    providesServiceIds: values.providesServiceIds,
    providesProcesses: values.providesProcesses,
    riskRating: values.riskRating,
    contacts: values.contacts,
    evaluations: values.evaluations.map((entry) => ({
      ...entry,
      score: requiredNumber(entry.score),
      weight: entry.weight.trim() === '' ? 1 : requiredNumber(entry.weight),
    })),
    raci: values.raci,
    reviewCadenceMonths: optionalNumber(values.reviewCadenceMonths),
    lastReviewDate: optionalDate(values.lastReviewDate),
    nextReviewDate: optionalDate(values.nextReviewDate),
  };
}

// Agreements

export interface AgreementFormValues {
  code: string;
  title: string;
  type: AgreementType;
  customerId: string;
  supplierId: string;
  description: string;
  serviceIds: string[];
  startDate: string;
  endDate: string;
  noticePeriodDays: string;
  reviewCadenceMonths: string;
  lastReviewDate: string;
  nextReviewDate: string;
  owner: string;
  status: AgreementStatus;
  documentLinks: { value: string }[];
}

/** Which parties each type names (8.3.3, 8.3.4): the other picker is hidden and its value dropped. */
export const partiesOf = {
  sla: { customer: true, supplier: false },
  ola: { customer: false, supplier: true },
  contract: { customer: false, supplier: true },
  other: { customer: true, supplier: true },
} as const satisfies Record<AgreementType, { customer: boolean; supplier: boolean }>;

export function newAgreement(prefill: Readonly<Record<string, string>>): AgreementFormValues {
  return {
    code: '',
    title: '',
    type: prefill.supplierId ? 'contract' : 'sla',
    customerId: prefill.customerId ?? '',
    supplierId: prefill.supplierId ?? '',
    description: '',
    serviceIds: prefill.serviceId ? [prefill.serviceId] : [],
    startDate: '',
    endDate: '',
    noticePeriodDays: '',
    reviewCadenceMonths: '12',
    lastReviewDate: '',
    nextReviewDate: '',
    owner: '',
    status: 'draft',
    documentLinks: [],
  };
}

export function agreementValues(record: RecordOf['agreements']): AgreementFormValues {
  return {
    code: record.code,
    title: record.title,
    type: record.type,
    customerId: record.customerId ?? '',
    supplierId: record.supplierId ?? '',
    description: record.description,
    serviceIds: [...record.serviceIds],
    startDate: date(record.startDate),
    endDate: date(record.endDate),
    noticePeriodDays: text(record.noticePeriodDays),
    reviewCadenceMonths: text(record.reviewCadenceMonths),
    lastReviewDate: date(record.lastReviewDate),
    nextReviewDate: date(record.nextReviewDate),
    owner: record.owner,
    status: record.status,
    documentLinks: record.documentLinks.map((value) => ({ value })),
  };
}

export function agreementInput(values: AgreementFormValues): AgreementInput {
  const parties = partiesOf[values.type];
  return {
    code: code(values.code),
    title: values.title,
    type: values.type,
    customerId: parties.customer ? optionalId(values.customerId) : null,
    supplierId: parties.supplier ? optionalId(values.supplierId) : null,
    description: values.description,
    serviceIds: values.serviceIds,
    startDate: optionalDate(values.startDate),
    endDate: optionalDate(values.endDate),
    noticePeriodDays: optionalNumber(values.noticePeriodDays),
    reviewCadenceMonths: optionalNumber(values.reviewCadenceMonths),
    lastReviewDate: optionalDate(values.lastReviewDate),
    nextReviewDate: optionalDate(values.nextReviewDate),
    owner: values.owner,
    status: values.status,
    documentLinks: values.documentLinks.map((link) => link.value),
  };
}

// Targets

export interface TargetFormValues {
  code: string;
  agreementId: string;
  serviceId: string;
  name: string;
  metric: TargetMetric;
  comparison: string;
  threshold: string;
  unit: string;
  period: string;
}

export function newTarget(prefill: Readonly<Record<string, string>>): TargetFormValues {
  return {
    code: '',
    agreementId: prefill.agreementId ?? '',
    serviceId: prefill.serviceId ?? '',
    name: '',
    metric: 'availability',
    comparison: '>=',
    threshold: '',
    unit: '%',
    period: 'monthly',
  };
}

export function targetValues(record: RecordOf['targets']): TargetFormValues {
  return {
    code: record.code,
    agreementId: record.agreementId,
    serviceId: record.serviceId ?? '',
    name: record.name,
    metric: record.metric,
    comparison: record.comparison ?? '',
    threshold: text(record.threshold),
    unit: record.unit,
    period: record.period ?? '',
  };
}

export function targetInput(values: TargetFormValues): TargetInput {
  return {
    code: code(values.code),
    // An agreement not chosen goes as '', which the core refuses beside the field.
    agreementId: values.agreementId,
    serviceId: optionalId(values.serviceId),
    name: values.name,
    metric: values.metric,
    comparison: (values.comparison || null) as TargetInput['comparison'],
    threshold: optionalNumber(values.threshold),
    unit: values.unit,
    period: (values.period || null) as TargetInput['period'],
  };
}

// Reviews

export interface ReviewFormValues {
  code: string;
  subject: ReviewSubject;
  agreementId: string;
  supplierId: string;
  reviewDate: string;
  participants: string;
  outcome: string;
  actions: { description: string; owner: string; dueDate: string; status: ActionStatus }[];
}

export function newReview(prefill: Readonly<Record<string, string>>, today: string): ReviewFormValues {
  return {
    code: '',
    subject:
      prefill.subject === 'supplier' || (prefill.supplierId && !prefill.agreementId)
        ? 'supplier'
        : 'agreement',
    agreementId: prefill.agreementId ?? '',
    supplierId: prefill.supplierId ?? '',
    reviewDate: today,
    participants: '',
    outcome: '',
    actions: [],
  };
}

export function reviewValues(record: RecordOf['reviews']): ReviewFormValues {
  return {
    code: record.code,
    subject: record.subject,
    agreementId: record.agreementId ?? '',
    supplierId: record.supplierId ?? '',
    reviewDate: record.reviewDate,
    participants: record.participants,
    outcome: record.outcome,
    actions: record.actions.map((action) => ({ ...action, dueDate: date(action.dueDate) })),
  };
}

export function reviewInput(values: ReviewFormValues): ReviewInput {
  return {
    code: code(values.code),
    subject: values.subject,
    agreementId: values.subject === 'agreement' ? optionalId(values.agreementId) : null,
    supplierId: values.subject === 'supplier' ? optionalId(values.supplierId) : null,
    reviewDate: values.reviewDate,
    participants: values.participants,
    outcome: values.outcome,
    actions: values.actions.map((action) => ({ ...action, dueDate: optionalDate(action.dueDate) })),
  };
}

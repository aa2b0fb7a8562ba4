import type { AgreementValues } from '../../../api/schemas/registers/agreement';
import type { CustomerValues } from '../../../api/schemas/registers/customer';
import type { ReviewValues } from '../../../api/schemas/registers/review';
import type { ServiceValues } from '../../../api/schemas/registers/service';
import type { SupplierValues } from '../../../api/schemas/registers/supplier';
import type { TargetValues } from '../../../api/schemas/registers/target';
import type { EnumLabels } from '../cells/enum-labels';

/**
 * Every choice a register column holds, with the labels files are written with and the other
 * names clients' spreadsheets use for the same thing.
 */
export const lifecycles: EnumLabels<ServiceValues['lifecycle']> = {
  noun: 'lifecycle state',
  labels: { pipeline: 'Pipeline', live: 'Live', retired: 'Retired' },
  aliases: {
    planned: 'pipeline',
    'in development': 'pipeline',
    'live in the catalogue': 'live',
    operational: 'live',
    'in service': 'live',
    decommissioned: 'retired',
  },
};

export const criticalities: EnumLabels<ServiceValues['criticality']> = {
  noun: 'criticality',
  labels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
};

export const visibilities: EnumLabels<ServiceValues['catalogue']['visibility']> = {
  noun: 'catalogue visibility',
  labels: { public: 'Public', customers: 'Customers', internal: 'Internal' },
  aliases: { 'customers only': 'customers', 'internal only': 'internal' },
};

export const customerKinds: EnumLabels<CustomerValues['kind']> = {
  noun: 'kind of customer',
  labels: { external: 'External', internal: 'Internal' },
  aliases: { 'external customer': 'external', 'internal customer': 'internal' },
};

export const supplierKinds: EnumLabels<SupplierValues['kind']> = {
  noun: 'kind of supplier',
  labels: {
    external: 'External supplier',
    internal: 'Internal supplier',
    customer: 'Customer acting as a supplier',
  },
  aliases: {
    external: 'external',
    internal: 'internal',
    customer: 'customer',
    'customer as supplier': 'customer',
  },
};

export const riskRatings: EnumLabels<SupplierValues['riskRating']> = {
  noun: 'risk rating',
  labels: { low: 'Low', medium: 'Medium', high: 'High' },
};

export const agreementTypes: EnumLabels<AgreementValues['type']> = {
  noun: 'type of agreement',
  labels: { sla: 'SLA', ola: 'OLA', contract: 'Contract', other: 'Other' },
  aliases: {
    'service level agreement': 'sla',
    'operational level agreement': 'ola',
    'internal agreement': 'ola',
    'underpinning contract': 'contract',
    uc: 'contract',
    'supplier contract': 'contract',
    mou: 'other',
    'memorandum of understanding': 'other',
    slr: 'other',
    'service level requirements': 'other',
  },
};

export const agreementStatuses: EnumLabels<AgreementValues['status']> = {
  noun: 'agreement status',
  labels: { draft: 'Draft', agreed: 'Agreed', expired: 'Expired', terminated: 'Terminated' },
  aliases: { signed: 'agreed', active: 'agreed', 'in force': 'agreed' },
};

export const metrics: EnumLabels<TargetValues['metric']> = {
  noun: 'metric',
  labels: {
    availability: 'Availability',
    response_time: 'Response time',
    resolution_time: 'Resolution time',
    satisfaction: 'Satisfaction',
    custom: 'Custom',
  },
  aliases: { uptime: 'availability', 'customer satisfaction': 'satisfaction', csat: 'satisfaction' },
};

/** Written as words: a cell starting with "=" would otherwise be read as a formula by Excel. */
export const comparisons: EnumLabels<NonNullable<TargetValues['comparison']>> = {
  noun: 'comparison',
  labels: { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than', '=': 'equal to' },
  aliases: {
    '≥': '>=',
    '=>': '>=',
    '≤': '<=',
    '=<': '<=',
    '==': '=',
    minimum: '>=',
    min: '>=',
    maximum: '<=',
    max: '<=',
    'greater than': '>',
    'fewer than': '<',
    equals: '=',
    exactly: '=',
  },
};

export const periods: EnumLabels<NonNullable<TargetValues['period']>> = {
  noun: 'measurement period',
  labels: { monthly: 'Monthly', quarterly: 'Quarterly', half_yearly: 'Half-yearly', yearly: 'Yearly' },
  aliases: {
    month: 'monthly',
    quarter: 'quarterly',
    'six-monthly': 'half_yearly',
    'semi-annually': 'half_yearly',
    'semi-annual': 'half_yearly',
    annually: 'yearly',
    annual: 'yearly',
    year: 'yearly',
  },
};

export const reviewSubjects: EnumLabels<ReviewValues['subject']> = {
  noun: 'review subject',
  labels: { agreement: 'Agreement', supplier: 'Supplier' },
  aliases: {
    'agreement review': 'agreement',
    'supplier review': 'supplier',
    'supplier performance review': 'supplier',
  },
};

export const actionStatuses: EnumLabels<ReviewValues['actions'][number]['status']> = {
  noun: 'action status',
  labels: { open: 'Open', done: 'Done', cancelled: 'Cancelled' },
  aliases: { closed: 'done', complete: 'done', completed: 'done', canceled: 'cancelled' },
};

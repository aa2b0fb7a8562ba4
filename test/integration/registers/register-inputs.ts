import type { AgreementInput } from '../../../src-main/api/schemas/registers/agreement';
import type { CustomerInput } from '../../../src-main/api/schemas/registers/customer';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';
import type { ReviewInput } from '../../../src-main/api/schemas/registers/review';
import type { ServiceInput } from '../../../src-main/api/schemas/registers/service';
import type { SupplierInput } from '../../../src-main/api/schemas/registers/supplier';
import type { TargetInput } from '../../../src-main/api/schemas/registers/target';
import type { Harness } from './api-harness';

/** Valid inputs with every kind of field filled, children included, so a read-back proves them all. */
export const customerInput = (name: string, overrides: Partial<CustomerInput> = {}): CustomerInput => ({
  name,
  kind: 'external',
  relationshipManager: 'Dana Whitfield',
  description: `${name} buys hosting and service desk services.`,
  contacts: [
    { name: 'Ola Nordmann', role: 'IT manager', email: 'ola@customer.example', phone: '+44 1632 960000' },
    { name: 'Kari Nordmann', role: 'Buyer', email: 'kari@customer.example', phone: '' },
  ],
  satisfaction: [
    { measuredOn: '2026-01-20', score: 4.2, comment: 'Happy overall.' },
    { measuredOn: '2026-04-20', score: 3.9, comment: '' },
  ],
  complaints: [
    { receivedOn: '2026-02-03', description: 'Slow password resets.', status: 'open', resolution: '' },
  ],
  ...overrides,
});

export const serviceInput = (name: string, overrides: Partial<ServiceInput> = {}): ServiceInput => ({
  name,
  description: `${name}: delivered from two data centres.`,
  owner: 'Sam Hollis',
  lifecycle: 'live',
  criticality: 'high',
  customerIds: [],
  dependsOnIds: [],
  components: [{ name: 'Cluster A', type: 'Cluster', owner: 'Hosting team', operatedBySupplierId: null }],
  catalogue: {
    inCatalogue: true,
    offerings: 'Standard tier',
    requestTypes: 'New server',
    availabilityHours: '24×7',
    targetsOffered: '99.9% availability',
    visibility: 'customers',
  },
  ...overrides,
});

export const supplierInput = (name: string, overrides: Partial<SupplierInput> = {}): SupplierInput => ({
  name,
  kind: 'external',
  customerId: null,
  description: `${name} provides data centre space.`,
  providesServiceIds: [],
  providesProcesses: 'Physical security',
  riskRating: 'medium',
  contacts: [{ name: 'Ines Varga', role: 'Account manager', email: 'ines@supplier.example', phone: '' }],
  evaluations: [
    { evaluatedOn: '2026-01-10', criterion: 'Resilience', score: 4, weight: 3, notes: 'Tier III design.' },
  ],
  raci: [],
  reviewCadenceMonths: 12,
  lastReviewDate: '2025-09-01',
  nextReviewDate: '2026-09-01',
  ...overrides,
});

export const agreementInput = (title: string, overrides: Partial<AgreementInput>): AgreementInput => ({
  title,
  type: 'sla',
  customerId: null,
  supplierId: null,
  description: `${title}, signed by both parties.`,
  serviceIds: [],
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  noticePeriodDays: 90,
  reviewCadenceMonths: 6,
  lastReviewDate: '2026-01-15',
  nextReviewDate: '2026-07-15',
  owner: 'Claire Service-Level',
  status: 'agreed',
  documentLinks: ['DMS CON-001 signed copy'],
  ...overrides,
});

export const targetInput = (
  name: string,
  agreementId: string,
  overrides: Partial<TargetInput> = {},
): TargetInput => ({
  agreementId,
  serviceId: null,
  name,
  metric: 'availability',
  comparison: '>=',
  threshold: 99.9,
  unit: '%',
  period: 'monthly',
  ...overrides,
});

export const reviewInput = (outcome: string, overrides: Partial<ReviewInput>): ReviewInput => ({
  subject: 'agreement',
  agreementId: null,
  supplierId: null,
  reviewDate: '2026-03-04',
  participants: 'Claire, Dana',
  outcome,
  actions: [
    { description: 'Send the minutes', owner: 'Claire', dueDate: '2026-03-11', status: 'done' },
    { description: 'Agree new targets', owner: 'Dana', dueDate: '2026-04-30', status: 'open' },
  ],
  ...overrides,
});

/** How the generic CRUD tests exercise one register. */
export interface RegisterCase {
  register: RecordRegisterName;
  prefix: string;
  /** Creates the records this register's records point at; returns a maker of valid inputs. */
  prepare(h: Harness): Promise<(label: string) => object>;
  /** A field an update changes, and its new value. */
  edit: { field: string; value: unknown };
}

export const registerCases: RegisterCase[] = [
  {
    register: 'services',
    prefix: 'SVC',
    prepare: async () => (label) => serviceInput(label),
    edit: { field: 'criticality', value: 'critical' },
  },
  {
    register: 'customers',
    prefix: 'CUS',
    prepare: async () => (label) => customerInput(label),
    edit: { field: 'relationshipManager', value: 'Morgan Reeve' },
  },
  {
    register: 'suppliers',
    prefix: 'SUP',
    prepare: async () => (label) => supplierInput(label),
    edit: { field: 'riskRating', value: 'high' },
  },
  {
    register: 'agreements',
    prefix: 'AGR',
    async prepare(h) {
      const customer = await h.call('customers.create', customerInput('Northwind Traders'));
      return (label) => agreementInput(label, { customerId: customer.id });
    },
    edit: { field: 'status', value: 'terminated' },
  },
  {
    register: 'targets',
    prefix: 'TGT',
    async prepare(h) {
      const customer = await h.call('customers.create', customerInput('Northwind Traders'));
      const sla = await h.call(
        'agreements.create',
        agreementInput('Hosting SLA', { customerId: customer.id }),
      );
      return (label) => targetInput(label, sla.id);
    },
    edit: { field: 'threshold', value: 99.95 },
  },
  {
    register: 'reviews',
    prefix: 'REV',
    async prepare(h) {
      const customer = await h.call('customers.create', customerInput('Northwind Traders'));
      const sla = await h.call(
        'agreements.create',
        agreementInput('Hosting SLA', { customerId: customer.id }),
      );
      return (label) => reviewInput(label, { agreementId: sla.id });
    },
    edit: { field: 'outcome', value: 'Targets met; renewal agreed.' },
  },
];

import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';
import type { RandomChoices } from './random-choices';
import { freeRecords, type PoolRecord, type RecordPool } from './record-pool';

const lifecycles = ['pipeline', 'live', 'retired'] as const;
const criticalities = ['low', 'medium', 'high', 'critical'] as const;
const risks = ['low', 'medium', 'high'] as const;
const agreementStatuses = ['draft', 'agreed', 'expired', 'terminated'] as const;
const metrics = ['availability', 'response_time', 'resolution_time', 'satisfaction', 'custom'] as const;
const comparisons = ['>=', '<=', '>', '<', '='] as const;
const periods = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const people = ['Ana Costa', 'Bo Lind', 'Priya Raman', 'Tom Reyes', 'Lena Fischer'] as const;

/** The record to write: its code, the write's marker, its kind, and its id when it exists already. */
export interface RecordToWrite {
  code: string;
  marker: string;
  /** A supplier's kind, an agreement's type, a review's subject (kept by an update); null for the rest. */
  kind: string | null;
  self: string | null;
}

export interface RecordValues {
  values: Record<string, unknown>;
  /** The ids of the records the values point at. */
  locks: string[];
}

/**
 * Valid values for a record of `register` (the whole record: an update replaces it), pointing only
 * at records no write in flight touches; null when a record they need is missing or busy. The
 * marker goes into the field the ledger reads back (name, title or outcome).
 */
export function recordValues(
  register: RecordRegisterName,
  record: RecordToWrite,
  choose: RandomChoices,
  pool: RecordPool,
  busy: ReadonlySet<string>,
): RecordValues | null {
  const { code, marker, kind } = record;
  const locks: string[] = [];
  const use = (chosen: PoolRecord | null) => {
    if (chosen) locks.push(chosen.id);
    return chosen?.id ?? null;
  };
  const one = (from: RecordRegisterName, kinds?: readonly string[]) =>
    use(choose.pickOrNull(freeRecords(pool, from, busy, kinds).filter((other) => other.id !== record.self)));
  const maybeOne = (from: RecordRegisterName) => (choose.chance(0.5) ? one(from) : null);
  /** Up to `max` different records. */
  const some = (from: RecordRegisterName, max: number) => {
    const ids = new Set<string>();
    for (let i = choose.int(0, max); i > 0; i -= 1) {
      const id = one(from);
      if (id !== null) ids.add(id);
    }
    return [...ids];
  };
  const maybeDate = () => (choose.chance(0.5) ? choose.date() : null);

  switch (register) {
    case 'services':
      return {
        values: {
          code,
          name: `Service ${marker}`,
          owner: choose.pick(people),
          lifecycle: choose.pick(lifecycles),
          criticality: choose.pick(criticalities),
          description: choose.chance(0.5) ? `Runs the client's workloads (${marker}).` : '',
          customerIds: some('customers', 2),
          dependsOnIds: some('services', 1),
          components: choose.chance(0.5)
            ? [
                {
                  name: `Component ${marker}`,
                  type: 'Platform',
                  owner: 'Infrastructure',
                  operatedBySupplierId: maybeOne('suppliers'),
                },
              ]
            : [],
        },
        locks,
      };
    case 'customers':
      return {
        values: {
          code,
          name: `Customer ${marker}`,
          kind: choose.pick(['external', 'internal']),
          relationshipManager: choose.pick(people),
          contacts: choose.chance(0.5)
            ? [{ name: choose.pick(people), role: 'Service manager', email: 'sm@example.com', phone: '' }]
            : [],
          satisfaction: choose.chance(0.5)
            ? [{ measuredOn: choose.date(), score: choose.int(1, 10), comment: 'Survey' }]
            : [],
          complaints: choose.chance(0.3)
            ? [{ receivedOn: choose.date(), description: 'Slow reply', status: 'open', resolution: '' }]
            : [],
        },
        locks,
      };
    case 'suppliers': {
      const customerId = kind === 'customer' ? one('customers') : null;
      if (kind === 'customer' && customerId === null) return null;
      const raciService = choose.chance(0.3) ? one('services') : null;
      return {
        values: {
          code,
          name: `Supplier ${marker}`,
          kind,
          customerId,
          riskRating: choose.pick(risks),
          providesServiceIds: some('services', 2),
          evaluations: choose.chance(0.5)
            ? [
                {
                  evaluatedOn: choose.date(),
                  criterion: 'Resilience',
                  score: choose.int(1, 5),
                  weight: 1,
                  notes: '',
                },
              ]
            : [],
          raci: raciService ? [{ serviceId: raciService, activity: 'Incident handling', role: 'R' }] : [],
          reviewCadenceMonths: choose.chance(0.5) ? choose.int(1, 24) : null,
          nextReviewDate: maybeDate(),
        },
        locks,
      };
    }
    case 'agreements': {
      // An SLA is with a customer, an OLA with an internal supplier (or a customer acting as one),
      // a contract with an external supplier.
      const customerId = kind === 'sla' ? one('customers') : null;
      const supplierId =
        kind === 'ola'
          ? one('suppliers', ['internal', 'customer'])
          : kind === 'contract'
            ? one('suppliers', ['external'])
            : null;
      if (kind !== 'other' && customerId === null && supplierId === null) return null;
      const startDate = maybeDate();
      return {
        values: {
          code,
          title: `Agreement ${marker}`,
          type: kind,
          customerId,
          supplierId,
          serviceIds: some('services', 2),
          startDate,
          endDate: startDate && choose.chance(0.7) ? choose.dateAfter(startDate) : null,
          owner: choose.pick(people),
          status: choose.pick(agreementStatuses),
        },
        locks,
      };
    }
    case 'targets': {
      const agreementId = one('agreements');
      if (agreementId === null) return null;
      const judged = choose.chance(0.8);
      return {
        values: {
          code,
          agreementId,
          serviceId: maybeOne('services'),
          name: `Target ${marker}`,
          metric: choose.pick(metrics),
          comparison: judged ? choose.pick(comparisons) : null,
          threshold: judged ? choose.int(1, 100) : null,
          unit: '%',
          period: choose.chance(0.8) ? choose.pick(periods) : null,
        },
        locks,
      };
    }
    case 'reviews': {
      const subjectId = one(kind === 'agreement' ? 'agreements' : 'suppliers');
      if (subjectId === null) return null;
      return {
        values: {
          code,
          subject: kind,
          agreementId: kind === 'agreement' ? subjectId : null,
          supplierId: kind === 'supplier' ? subjectId : null,
          reviewDate: choose.date(),
          participants: choose.pick(people),
          outcome: `Review outcome ${marker}`,
          actions: choose.chance(0.5)
            ? [{ description: 'Follow up', owner: choose.pick(people), dueDate: maybeDate(), status: 'open' }]
            : [],
        },
        locks,
      };
    }
  }
}

/** The kind a new record gets; null for registers without kinds. */
export function newRecordKind(
  register: RecordRegisterName,
  choose: RandomChoices,
  pool: RecordPool,
  busy: ReadonlySet<string>,
): string | null {
  switch (register) {
    case 'suppliers':
      return choose.chance(0.2) && freeRecords(pool, 'customers', busy).length > 0
        ? 'customer'
        : choose.pick(['external', 'internal']);
    case 'agreements':
      return choose.pick(['sla', 'ola', 'contract', 'other']);
    case 'reviews':
      return choose.pick(['agreement', 'supplier']);
    default:
      return null;
  }
}

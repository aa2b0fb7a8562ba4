import { createHash } from 'node:crypto';
import { findingTypes } from '../../../src-main/api/schemas/findings';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';
import { codePrefixes } from '../../../src-main/core/registers/register-names';
import { RandomChoices } from './random-choices';
import { freeRecords, poolRegisters, registerTables, type PoolRecord, type RecordPool } from './record-pool';
import { newRecordKind, people, recordValues } from './register-values';
import { ABSENT, type Change, type Expected, type WriteLedger } from './write-ledger';

/** One API write, planned: what to send, what it touches, and what the ledger should then expect. */
export interface PlannedWrite {
  /** The method and what it writes, e.g. "customers.update CUS-3-17", for messages. */
  label: string;
  method: string;
  input: unknown;
  /** Record ids and item keys no other write in flight may touch, so each write's outcome is unambiguous. */
  locks: string[];
  /** The state the write sets, whether it was acknowledged or its outcome is unknown. */
  changes(ledger: WriteLedger): Change[];
  /** Keeps the pool in step once the write is known to be committed. */
  afterAcknowledged?(value: unknown): void;
}

const assessmentStatuses = ['not_assessed', 'conforming', 'partially_conforming', 'nonconforming'] as const;

/** An item never assessed reads back with these values. */
const UNASSESSED: Expected = { present: true, fields: { status: 'not_assessed', clientNotes: '' } };

/**
 * Plans a random mix of valid writes, as a consultant's session would make them: records of every
 * register created, changed and deleted, measurements, assessments, evidence files, findings and
 * the odd CSV import. Every write carries a marker (cycle and serial) in a field that is read back,
 * and everything new gets a code or file name chosen here, so it can be looked for even when the
 * answer to its write never came back.
 */
export class RandomWrites {
  readonly #choose: RandomChoices;
  #serial = 0;

  constructor(
    random: () => number,
    private readonly itemIds: readonly string[],
    private readonly pool: RecordPool,
    private readonly cycle: number,
  ) {
    this.#choose = new RandomChoices(random);
  }

  /** The next write; none of its locks are in `busy`. */
  plan(busy: ReadonlySet<string>): PlannedWrite {
    const choose = this.#choose;
    const roll = choose.random();
    const register = choose.pick(poolRegisters);
    const planned =
      roll < 0.3
        ? this.#create(register, busy)
        : roll < 0.5
          ? this.#update(register, busy)
          : roll < 0.58
            ? this.#delete(register, busy)
            : roll < 0.68
              ? this.#measurement(busy)
              : roll < 0.8
                ? this.#assessment(busy)
                : roll < 0.9
                  ? this.#evidence()
                  : roll < 0.97
                    ? this.#finding(busy)
                    : this.#import();
    // A customer needs nothing else to exist, so there is always a write to make.
    return planned ?? this.#create('customers', busy)!;
  }

  #create(register: RecordRegisterName, busy: ReadonlySet<string>): PlannedWrite | null {
    const marker = this.#marker();
    const code = `${codePrefixes[register]}-${marker}`;
    const kind = newRecordKind(register, this.#choose, this.pool, busy);
    const built = recordValues(register, { code, marker, kind, self: null }, this.#choose, this.pool, busy);
    if (!built) return null;
    const markerField = registerTables[register].marker;
    return {
      label: `${register}.create ${code}`,
      method: `${register}.create`,
      input: built.values,
      locks: built.locks,
      changes: () => [
        {
          lookup: { kind: 'record', register, code },
          expected: { present: true, fields: { code, [markerField]: built.values[markerField] } },
          before: ABSENT,
        },
      ],
      afterAcknowledged: (value) => {
        this.pool[register].push({ id: (value as { id: string }).id, code, kind });
      },
    };
  }

  #update(register: RecordRegisterName, busy: ReadonlySet<string>): PlannedWrite | null {
    const record = this.#free(register, busy);
    if (!record) return null;
    const marker = this.#marker();
    const built = recordValues(
      register,
      { code: record.code, marker, kind: record.kind, self: record.id },
      this.#choose,
      this.pool,
      busy,
    );
    if (!built) return null;
    const markerField = registerTables[register].marker;
    return {
      label: `${register}.update ${record.code}`,
      method: `${register}.update`,
      input: { id: record.id, values: built.values },
      locks: [record.id, ...built.locks],
      changes: () => [
        {
          lookup: { kind: 'record', register, code: record.code },
          expected: {
            present: true,
            fields: { code: record.code, [markerField]: built.values[markerField] },
          },
        },
      ],
    };
  }

  #delete(register: RecordRegisterName, busy: ReadonlySet<string>): PlannedWrite | null {
    const record = this.#free(register, busy);
    if (!record) return null;
    // Out of the pool at once: nothing may point at it from now on.
    this.pool[register].splice(this.pool[register].indexOf(record), 1);
    return {
      label: `${register}.delete ${record.code}`,
      method: `${register}.delete`,
      // Optional references to it are removed; a record that another one needs is refused.
      input: { id: record.id, detachReferences: true },
      locks: [record.id],
      changes: (ledger) => [
        { lookup: { kind: 'record', register, code: record.code }, expected: ABSENT },
        // A target's measurements go with it.
        ...(register === 'targets'
          ? ledger.measurementsOf(record.id).map((entry) => ({ lookup: entry.lookup, expected: ABSENT }))
          : []),
      ],
    };
  }

  #measurement(busy: ReadonlySet<string>): PlannedWrite | null {
    const target = this.#free('targets', busy);
    if (!target) return null;
    const marker = this.#marker();
    // Two years of months, so a period is often measured again (which replaces the value).
    const month = this.#choose.int(0, 23);
    const periodStart = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    const value = Math.round(this.#choose.random() * 10_000) / 100;
    const note = `Measured ${marker}`;
    return {
      label: `measurements.record ${target.code} ${periodStart}`,
      method: 'measurements.record',
      input: { targetId: target.id, periodStart, value, note },
      locks: [target.id],
      changes: () => [
        {
          lookup: { kind: 'measurement', targetId: target.id, periodStart },
          expected: { present: true, fields: { value, note } },
          before: ABSENT,
        },
      ],
    };
  }

  #assessment(busy: ReadonlySet<string>): PlannedWrite | null {
    const choose = this.#choose;
    const itemId = choose.pick(this.itemIds);
    if (busy.has(`item:${itemId}`)) return null;
    const status = choose.pick(assessmentStatuses);
    const clientNotes = `Assessed ${this.#marker()}`;
    return {
      label: `assessments.set ${itemId}`,
      method: 'assessments.set',
      input: {
        itemId,
        values: {
          status,
          clientNotes,
          owner: choose.pick(people),
          interviewees: choose.chance(0.5) ? [choose.pick(people)] : [],
          dueDate: choose.chance(0.5) ? choose.date() : null,
        },
      },
      locks: [`item:${itemId}`],
      changes: () => [
        {
          lookup: { kind: 'assessment', itemId },
          expected: { present: true, fields: { status, clientNotes } },
          before: UNASSESSED,
        },
      ],
    };
  }

  #evidence(): PlannedWrite {
    const choose = this.#choose;
    const marker = this.#marker();
    const fileName = `evidence-${marker}.bin`;
    // Mostly small files, now and then one of up to a megabyte, whose write takes a while.
    const size = choose.chance(0.05) ? choose.int(256 * 1024, 1024 * 1024) : choose.int(1, 32 * 1024);
    const bytes = choose.bytes(size);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      label: `evidence.add ${fileName}`,
      method: 'evidence.add',
      input: {
        fileName,
        mediaType: 'application/octet-stream',
        content: bytes.toString('base64'),
        description: `Evidence ${marker}`,
        effectiveDate: choose.chance(0.5) ? choose.date() : null,
        links: choose.chance(0.5) ? [{ kind: 'item', itemId: choose.pick(this.itemIds) }] : [],
      },
      locks: [],
      changes: () => [
        {
          lookup: { kind: 'evidence', fileName },
          expected: { present: true, fields: { fileName, sizeBytes: size, sha256 } },
          before: ABSENT,
        },
      ],
    };
  }

  #finding(busy: ReadonlySet<string>): PlannedWrite {
    const choose = this.#choose;
    const marker = this.#marker();
    const code = `F-${marker}`;
    const type = choose.pick(findingTypes);
    const title = `Finding ${marker}`;
    const register = choose.pick(poolRegisters);
    const record = choose.chance(0.5) ? this.#free(register, busy) : null;
    return {
      label: `findings.create ${code}`,
      method: 'findings.create',
      input: {
        code,
        type,
        title,
        description: `Seen during cycle ${this.cycle}.`,
        raisedOn: choose.date(),
        items: choose.chance(0.7) ? [{ itemId: choose.pick(this.itemIds) }] : [],
        records: record ? [{ register, id: record.id }] : [],
      },
      locks: record ? [record.id] : [],
      changes: () => [
        {
          lookup: { kind: 'finding', code },
          expected: { present: true, fields: { code, type, title } },
          before: ABSENT,
        },
      ],
    };
  }

  /** A small CSV of new customers: all of its rows are imported, or none. */
  #import(): PlannedWrite {
    const choose = this.#choose;
    const marker = this.#marker();
    const rows = Array.from({ length: choose.int(1, 4) }, (_, index) => ({
      code: `IMP-${marker}-${index + 1}`,
      name: `Imported ${marker}-${index + 1}`,
      kind: choose.chance(0.5) ? 'External' : 'Internal',
    }));
    const csv = ['Code,Name,Kind', ...rows.map((row) => `${row.code},${row.name},${row.kind}`)].join('\r\n');
    const fileName = `customers-${marker}.csv`;
    return {
      label: `registers.import ${fileName}`,
      method: 'registers.import',
      input: { register: 'customers', fileName, content: Buffer.from(`${csv}\r\n`).toString('base64') },
      locks: [],
      changes: () =>
        rows.map((row) => ({
          lookup: { kind: 'record', register: 'customers', code: row.code },
          expected: { present: true, fields: { code: row.code, name: row.name } },
          before: ABSENT,
          group: fileName,
        })),
    };
  }

  #free(register: RecordRegisterName, busy: ReadonlySet<string>): PoolRecord | null {
    return this.#choose.pickOrNull(freeRecords(this.pool, register, busy));
  }

  #marker(): string {
    this.#serial += 1;
    return `${this.cycle}-${this.#serial}`;
  }
}

import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-main/api/contract';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, parsed, type AnyRecord, type Harness } from './api-harness';
import { registerCases } from './register-inputs';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a record reads back as: its input with the schema's defaults, plus identity and stamps. */
function expectedRecord(register: string, input: object, created: AnyRecord): AnyRecord {
  const normalised = contract[`${register}.create` as MethodName].input.parse(input) as object;
  return {
    ...normalised,
    id: created.id,
    code: created.code,
    createdAt: created.createdAt,
    updatedAt: created.updatedAt,
  };
}

function searchRows(h: Harness, id: string): unknown[] {
  return h.db().prepare('SELECT code, name FROM record_search WHERE record_id = ?').all(id);
}

describe.each(registerCases)('the $register register', ({ register, prefix, prepare, edit }) => {
  const tempDir = useTempDir();

  it('creates records with the next free code and reads them back whole, children included', async () => {
    const h = await openHarness(tempDir());
    try {
      const make = await prepare(h);
      const logBefore = h.changeLog().length;
      const input = make('First record');
      const first = await h.callAny(`${register}.create`, input);
      expect(first.id).toMatch(uuid);
      expect(first.code).toBe(`${prefix}-001`);
      expect(first.createdAt).toBe(first.updatedAt);
      expect(first).toEqual(expectedRecord(register, input, first));
      expect(await h.callAny(`${register}.get`, { id: first.id })).toEqual(first);

      const second = await h.callAny(`${register}.create`, make('Second record'));
      expect(second.code).toBe(`${prefix}-002`);
      // An explicit code is kept, and numbering carries on after the highest number in use.
      const explicit = await h.callAny(`${register}.create`, {
        ...make('Third record'),
        code: `${prefix}-100`,
      });
      expect(explicit.code).toBe(`${prefix}-100`);
      const next = await h.callAny(`${register}.create`, make('Fourth record'));
      expect(next.code).toBe(`${prefix}-101`);

      const created = h.changeLog().slice(logBefore);
      expect(created.map((entry) => [entry.operation, entry.register, entry.record_id])).toEqual(
        [first, second, explicit, next].map((record) => ['create', register, record.id]),
      );
      expect(parsed(created[0]!.after)).toEqual(first);
      expect(created[0]!.before).toBeNull();
      expect(searchRows(h, first.id)).toHaveLength(1);
    } finally {
      h.close();
    }
  });

  it('refuses a code another record holds, naming it, and writes nothing', async () => {
    const h = await openHarness(tempDir());
    try {
      const make = await prepare(h);
      const first = await h.callAny(`${register}.create`, make('First record'));
      const second = await h.callAny(`${register}.create`, make('Second record'));
      const logLength = h.changeLog().length;

      const onCreate = await h.failure(`${register}.create`, { ...make('Clash'), code: first.code });
      expect(onCreate.code).toBe('CONFLICT');
      expect(onCreate.message).toContain(first.code);
      expect(onCreate.details).toMatchObject({ issues: [{ path: ['code'] }] });

      const onUpdate = await h.failure(`${register}.update`, {
        id: second.id,
        values: { ...make('Second record'), code: first.code },
      });
      expect(onUpdate.code).toBe('CONFLICT');
      expect(onUpdate.message).toContain(first.code);

      expect(h.changeLog()).toHaveLength(logLength);
      expect(await h.callAny(`${register}.get`, { id: second.id })).toEqual(second);
    } finally {
      h.close();
    }
  });

  it('updates a record in place, logging before and after; an update that changes nothing writes nothing', async () => {
    const h = await openHarness(tempDir());
    try {
      const make = await prepare(h);
      const input = make('First record');
      const created = await h.callAny(`${register}.create`, input);
      const changed = { ...input, [edit.field]: edit.value };
      const updated = await h.callAny(`${register}.update`, { id: created.id, values: changed });
      expect(updated).toMatchObject({ id: created.id, code: created.code, [edit.field]: edit.value });
      expect(updated).toEqual(expectedRecord(register, changed, updated));
      expect(updated.createdAt).toBe(created.createdAt);
      expect(await h.callAny(`${register}.get`, { id: created.id })).toEqual(updated);

      const entry = h.changeLog().at(-1)!;
      expect(entry).toMatchObject({
        operation: 'update',
        register,
        record_id: created.id,
        actor: 'Ana Costa',
      });
      expect(parsed(entry.before)).toEqual(created);
      expect(parsed(entry.after)).toEqual(updated);

      const logLength = h.changeLog().length;
      const unchanged = await h.callAny(`${register}.update`, { id: created.id, values: changed });
      expect(unchanged).toEqual(updated);
      expect(h.changeLog()).toHaveLength(logLength);
    } finally {
      h.close();
    }
  });

  it('deletes a record with its search entry, logging what it was', async () => {
    const h = await openHarness(tempDir());
    try {
      const make = await prepare(h);
      const created = await h.callAny(`${register}.create`, make('Doomed record'));
      const outcome = await h.callAny(`${register}.delete`, { id: created.id });
      expect(outcome).toEqual({ deleted: created.id, detached: [] });

      expect((await h.failure(`${register}.get`, { id: created.id })).code).toBe('NOT_FOUND');
      expect(searchRows(h, created.id)).toEqual([]);
      const entry = h.changeLog().at(-1)!;
      expect(entry).toMatchObject({
        operation: 'delete',
        register,
        record_id: created.id,
        actor: 'Ana Costa',
      });
      expect(parsed(entry.before)).toEqual(created);
      expect(entry.after).toBeNull();

      // The record is gone for every operation, and the missing record is named as such.
      for (const [method, input] of [
        ['update', { id: created.id, values: make('Doomed record') }],
        ['delete', { id: created.id }],
      ] as const) {
        expect((await h.failure(`${register}.${method}`, input)).code).toBe('NOT_FOUND');
      }
    } finally {
      h.close();
    }
  });
});

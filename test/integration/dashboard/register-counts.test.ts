import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedTables } from '../../../src-main/core/workspace/record-counts';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { openHarnessOn, useSharedTempDir, type Harness } from '../registers/api-harness';

/**
 * The Registers card shows the counts of the workspace summary. They are kept by triggers as rows
 * come and go, so every kind of change must show: a record added or deleted through the API, rows
 * deleted with their parent (a cascade), and rows written by any other code on the connection.
 */
describe('register counts in the workspace summary', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;

  beforeAll(async () => {
    const file = path.join(sharedDir(), 'sample.clausebook');
    const { workspace } = await createSampleWorkspace(file, new Date('2026-11-22T09:30:00Z'));
    workspace.close();
    h = await openHarnessOn(file);
  });
  afterAll(() => h?.close());

  /** Every register counted straight from its table. */
  function counted(): Record<string, number> {
    return Object.fromEntries(
      countedTables.map(({ label, table }) => [
        label,
        h.db().prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number,
      ]),
    );
  }

  async function counts(): Promise<Record<string, number>> {
    return (await h.call('workspace.current', {}))!.counts;
  }

  it('match the tables, and stay the same while nothing changes', async () => {
    const first = await counts();
    expect(first).toEqual(counted());
    expect(first.measurements).toBeGreaterThan(0);
    expect(await counts()).toEqual(first);
  });

  it('follow records added, measurements recorded, and rows deleted with their parent', async () => {
    const before = await counts();
    const agreementId = h
      .db()
      .prepare('SELECT id FROM agreement ORDER BY code LIMIT 1')
      .pluck()
      .get() as string;
    const target = await h.call('targets.create', {
      agreementId,
      name: 'Counted target',
      metric: 'availability',
    });
    await h.call('measurements.record', { targetId: target.id, periodStart: '2026-09-01', value: 99.5 });
    await h.call('measurements.record', { targetId: target.id, periodStart: '2026-10-01', value: 99.7 });
    const added = await counts();
    expect(added.targets).toBe(before.targets! + 1);
    expect(added.measurements).toBe(before.measurements! + 2);
    expect(added).toEqual(counted());

    // Deleting the target takes its measurements with it (a cascade, not a statement of ours).
    await h.call('targets.delete', { id: target.id });
    const removed = await counts();
    expect(removed.targets).toBe(before.targets);
    expect(removed.measurements).toBe(before.measurements);
  });

  it('follow rows written on the connection outside the register stores', async () => {
    const before = await counts();
    h.db().prepare('DELETE FROM measurement WHERE rowid = (SELECT min(rowid) FROM measurement)').run();
    expect((await counts()).measurements).toBe(before.measurements! - 1);
    expect(await counts()).toEqual(counted());
  });
});

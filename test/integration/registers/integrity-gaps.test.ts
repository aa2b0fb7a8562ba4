import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, parsed } from './api-harness';
import { buildGraph } from './register-graph';
import { serviceInput, supplierInput } from './register-inputs';

/**
 * Rules the registers should keep but the core did not when these tests were written.
 * Each test states the rule; a failure here is a defect in src-main/core/registers, reported to
 * the lead with the fix, not something to fix from the test side.
 */
describe('rules still missing from the registers core', () => {
  const tempDir = useTempDir();

  it('refuses a service that depends on itself, naming the field, instead of silently dropping the link', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const error = await h.failure('services.update', {
        id: g.platform.id,
        values: serviceInput('Hosting Platform', { dependsOnIds: [g.platform.id] }),
      });
      expect(error).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: ['dependsOnIds', '0'] }] },
      });
      expect((await h.call('services.get', { id: g.platform.id })).dependsOnIds).toEqual([g.network.id]);
    } finally {
      h.close();
    }
  });

  it('refuses to change the kind of a supplier its agreements could then not be made with', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      // Group Security has an OLA: as an external supplier it would need a contract instead.
      const internalToExternal = await h.failure('suppliers.update', {
        id: g.security.id,
        values: supplierInput('Group Security', { kind: 'external' }),
      });
      expect(internalToExternal).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: ['kind'] }] },
      });
      // Colo North has a contract: as an internal supplier it would need an OLA.
      const externalToInternal = await h.failure('suppliers.update', {
        id: g.colo.id,
        values: supplierInput('Colo North', { kind: 'internal' }),
      });
      expect(externalToInternal).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: ['kind'] }] },
      });
    } finally {
      h.close();
    }
  });

  it('logs the deletion of the measurements that go with a deleted target', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const measured = [
        await h.call('measurements.record', {
          targetId: g.availability.id,
          periodStart: '2026-01-01',
          value: 99.95,
        }),
        await h.call('measurements.record', {
          targetId: g.availability.id,
          periodStart: '2026-02-01',
          value: 99.7,
        }),
      ];
      await h.call('targets.delete', { id: g.availability.id });
      const deletions = h
        .changeLog()
        .filter((entry) => entry.register === 'measurements' && entry.operation === 'delete');
      expect(deletions.map((entry) => entry.record_id).sort()).toEqual(measured.map((m) => m.id).sort());
      expect(deletions.map((entry) => parsed(entry.before))).toEqual(
        expect.arrayContaining(measured.map(({ met: _met, ...rest }) => rest)),
      );
      expect(verifyChangeLog(h.db()).ok).toBe(true);
    } finally {
      h.close();
    }
  });

  it('keeps numbering new records after someone types a code with a very long number', async () => {
    const h = await openHarness(tempDir());
    try {
      await h.call('services.create', { ...serviceInput('Typo'), code: 'SVC-99999999999999999999' });
      const next = await h.call('services.create', serviceInput('Second'));
      // Whatever code it is given, the one after it must be free too.
      const third = await h.call('services.create', serviceInput('Third'));
      expect(third.code).not.toBe(next.code);
    } finally {
      h.close();
    }
  });
});

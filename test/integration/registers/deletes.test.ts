import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, parsed } from './api-harness';
import { buildGraph } from './register-graph';

describe('deleting a record other records point at', () => {
  const tempDir = useTempDir();

  it('is refused with the list of referrers, which ones could be detached, and nothing changes', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const logLength = h.changeLog().length;
      const cases = [
        {
          method: 'customers.delete',
          id: g.acme.id,
          referrers: [
            { register: 'agreements', id: g.sla.id, code: g.sla.code, optional: false },
            { register: 'suppliers', id: g.acmeTechs.id, code: g.acmeTechs.code, optional: false },
            { register: 'services', id: g.platform.id, code: g.platform.code, optional: true },
          ],
        },
        {
          method: 'suppliers.delete',
          id: g.colo.id,
          referrers: [
            { register: 'agreements', id: g.contract.id, code: g.contract.code, optional: false },
            { register: 'reviews', id: g.coloReview.id, code: g.coloReview.code, optional: false },
            { register: 'services', id: g.platform.id, code: g.platform.code, optional: true },
          ],
        },
        {
          method: 'agreements.delete',
          id: g.sla.id,
          referrers: [
            { register: 'targets', id: g.availability.id, code: g.availability.code, optional: false },
            { register: 'targets', id: g.response.id, code: g.response.code, optional: false },
            { register: 'reviews', id: g.slaReview.id, code: g.slaReview.code, optional: false },
          ],
        },
        {
          method: 'services.delete',
          id: g.network.id,
          referrers: [
            { register: 'agreements', id: g.ola.id, code: g.ola.code, optional: true },
            { register: 'agreements', id: g.contract.id, code: g.contract.code, optional: true },
            { register: 'services', id: g.platform.id, code: g.platform.code, optional: true },
            { register: 'suppliers', id: g.colo.id, code: g.colo.code, optional: true },
            { register: 'suppliers', id: g.security.id, code: g.security.code, optional: true },
          ],
        },
      ];
      for (const { method, id, referrers } of cases) {
        const error = await h.failure(method, { id });
        expect(error.code, method).toBe('REFERENCED');
        expect(error.details, method).toEqual({
          referrers: referrers.map((referrer) => ({ ...referrer, name: expect.any(String) })),
        });
        for (const referrer of referrers) expect(error.message, method).toContain(referrer.code);
      }
      expect(h.changeLog()).toHaveLength(logLength);
      expect(await h.call('services.get', { id: g.network.id })).toEqual(g.network);
    } finally {
      h.close();
    }
  });

  it('with detachReferences, removes optional links first, logging an update of each record it changes', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const logLength = h.changeLog().length;
      const outcome = await h.call('services.delete', { id: g.network.id, detachReferences: true });
      expect(outcome.deleted).toBe(g.network.id);
      const changed = [
        { register: 'agreements', id: g.ola.id },
        { register: 'agreements', id: g.contract.id },
        { register: 'services', id: g.platform.id },
        { register: 'suppliers', id: g.colo.id },
        { register: 'suppliers', id: g.security.id },
      ];
      expect(outcome.detached).toEqual(expect.arrayContaining(changed));
      expect(outcome.detached).toHaveLength(changed.length);

      expect((await h.call('agreements.get', { id: g.contract.id })).serviceIds).toEqual([]);
      expect((await h.call('agreements.get', { id: g.ola.id })).serviceIds).toEqual([]);
      expect((await h.call('services.get', { id: g.platform.id })).dependsOnIds).toEqual([]);
      expect((await h.call('suppliers.get', { id: g.colo.id })).providesServiceIds).toEqual([]);
      expect((await h.call('suppliers.get', { id: g.security.id })).raci).toEqual([]);

      const entries = h.changeLog().slice(logLength);
      expect(entries.map((entry) => [entry.operation, entry.record_id])).toEqual([
        ...changed.map(() => ['update', expect.any(String)]),
        ['delete', g.network.id],
      ]);
      const updates = entries.slice(0, -1);
      expect(updates.map((entry) => entry.record_id).sort()).toEqual(changed.map((c) => c.id).sort());
      const platformUpdate = updates.find((entry) => entry.record_id === g.platform.id)!;
      expect(parsed(platformUpdate.before)).toMatchObject({ dependsOnIds: [g.network.id] });
      expect(parsed(platformUpdate.after)).toMatchObject({ dependsOnIds: [] });
      expect(entries.every((entry) => entry.actor === 'Ana Costa')).toBe(true);
    } finally {
      h.close();
    }
  });

  it('detaches a target from a deleted service and components from a deleted supplier', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      // The SLA names the platform too; detach it along with the targets and the customer link.
      const outcome = await h.call('services.delete', { id: g.platform.id, detachReferences: true });
      expect(outcome.detached).toEqual(
        expect.arrayContaining([
          { register: 'targets', id: g.availability.id },
          { register: 'targets', id: g.response.id },
          { register: 'agreements', id: g.sla.id },
        ]),
      );
      expect((await h.call('targets.get', { id: g.availability.id })).serviceId).toBeNull();

      const other = await h.call('services.create', {
        name: 'Backup',
        lifecycle: 'live',
        criticality: 'high',
        components: [{ name: 'Vault', operatedBySupplierId: g.security.id }],
      });
      const security = await h.failure('suppliers.delete', { id: g.security.id, detachReferences: true });
      // The OLA with the supplier is required: detaching cannot help, so nothing is touched.
      expect(security.code).toBe('REFERENCED');
      expect((await h.call('services.get', { id: other.id })).components[0]!.operatedBySupplierId).toBe(
        g.security.id,
      );
    } finally {
      h.close();
    }
  });

  it('still refuses while a required reference remains, detaching nothing', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const logLength = h.changeLog().length;
      const error = await h.failure('customers.delete', { id: g.acme.id, detachReferences: true });
      expect(error.code).toBe('REFERENCED');
      const referrers = (error.details as { referrers: { id: string; optional: boolean }[] }).referrers;
      expect(referrers.map((referrer) => referrer.id)).toEqual([g.sla.id, g.acmeTechs.id]);
      expect(referrers.every((referrer) => !referrer.optional)).toBe(true);
      expect((await h.call('services.get', { id: g.platform.id })).customerIds).toEqual([g.acme.id]);
      expect(h.changeLog()).toHaveLength(logLength);
    } finally {
      h.close();
    }
  });

  it('detaches a customer from the services it uses once nothing requires it', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const outcome = await h.call('customers.delete', { id: g.internal.id });
      expect(outcome.detached).toEqual([]);
      const served = await h.call('services.create', {
        name: 'Payroll hosting',
        lifecycle: 'live',
        criticality: 'medium',
        customerIds: [g.acme.id],
      });
      const lone = await h.call('customers.create', { name: 'Lone Ltd', kind: 'external' });
      await h.call('services.update', {
        id: served.id,
        values: {
          name: 'Payroll hosting',
          lifecycle: 'live',
          criticality: 'medium',
          customerIds: [g.acme.id, lone.id],
        },
      });
      const refused = await h.failure('customers.delete', { id: lone.id });
      expect(refused.message).toContain('remove references');
      const detached = await h.call('customers.delete', { id: lone.id, detachReferences: true });
      expect(detached.detached).toEqual([{ register: 'services', id: served.id }]);
      expect((await h.call('services.get', { id: served.id })).customerIds).toEqual([g.acme.id]);
    } finally {
      h.close();
    }
  });

  it('deletes a target together with its measurements', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      for (const [periodStart, value] of [
        ['2026-01-01', 99.95],
        ['2026-02-01', 99.7],
      ] as const) {
        await h.call('measurements.record', { targetId: g.availability.id, periodStart, value });
      }
      expect(await h.call('measurements.list', { targetId: g.availability.id })).toHaveLength(2);
      await h.call('targets.delete', { id: g.availability.id });
      const left = h
        .db()
        .prepare('SELECT count(*) FROM measurement WHERE target_id = ?')
        .pluck()
        .get(g.availability.id);
      expect(left).toBe(0);
      expect(await h.call('measurements.list', { targetId: g.availability.id })).toEqual([]);
    } finally {
      h.close();
    }
  });
});

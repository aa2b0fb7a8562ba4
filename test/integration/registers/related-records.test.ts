import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RelatedGroup } from '../../../src-main/api/schemas/registers/record-api';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness } from './api-harness';
import { buildGraph } from './register-graph';

/** Each group of related records as its label and the codes it lists. */
function codesByLabel(groups: RelatedGroup[]): Record<string, string[]> {
  return Object.fromEntries(groups.map((group) => [group.label, group.items.map((item) => item.code)]));
}

describe('related records', () => {
  const tempDir = useTempDir();

  it('are found from every end of every link', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      await h.call('measurements.record', {
        targetId: g.availability.id,
        periodStart: '2026-05-01',
        value: 99.2,
      });
      const related = (register: RelatedGroup['register'], id: string) =>
        h.call('records.related', { register, id }).then(codesByLabel);

      expect(await related('services', g.platform.id)).toEqual({
        'Agreements covering this service': [g.sla.code],
        'Service level targets': [g.availability.code, g.response.code],
        'Suppliers involved': [g.colo.code],
        'Customers served': [g.acme.code],
        'Depends on': [g.network.code],
        'Depended on by': [],
      });
      expect(await related('services', g.network.id)).toMatchObject({
        'Agreements covering this service': [g.ola.code, g.contract.code],
        // Colo North provides it; Group Security holds a RACI role on it.
        'Suppliers involved': [g.colo.code, g.security.code],
        'Depended on by': [g.platform.code],
      });
      expect(await related('customers', g.acme.id)).toEqual({
        'Services used': [g.platform.code],
        Agreements: [g.sla.code],
        'Acting as a supplier': [g.acmeTechs.code],
      });
      expect(await related('suppliers', g.colo.id)).toEqual({
        Agreements: [g.contract.code],
        'Performance reviews': [g.coloReview.code],
        // It provides the network and operates a component of the platform.
        'Services supported': [g.network.code, g.platform.code],
        'The customer it is': [],
      });
      expect(await related('suppliers', g.acmeTechs.id)).toMatchObject({
        Agreements: [g.olaCustomer.code],
        'The customer it is': [g.acme.code],
      });
      expect(await related('agreements', g.sla.id)).toEqual({
        'Service level targets': [g.availability.code, g.response.code],
        'Services covered': [g.platform.code],
        Reviews: [g.slaReview.code],
        Customer: [g.acme.code],
        Supplier: [],
      });
      expect(await related('agreements', g.ola.id)).toMatchObject({
        Customer: [],
        Supplier: [g.security.code],
      });
      expect(await related('targets', g.availability.id)).toEqual({
        Agreement: [g.sla.code],
        Service: [g.platform.code],
      });
      expect(await related('reviews', g.coloReview.id)).toEqual({
        'Agreement reviewed': [],
        'Supplier reviewed': [g.colo.code],
      });
      expect((await h.failure('records.related', { register: 'services', id: randomUUID() })).code).toBe(
        'NOT_FOUND',
      );
      // An id from another register is not a service.
      expect((await h.failure('records.related', { register: 'services', id: g.acme.id })).code).toBe(
        'NOT_FOUND',
      );
    } finally {
      h.close();
    }
  });

  it('describe targets with their latest performance', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      await h.call('measurements.record', {
        targetId: g.availability.id,
        periodStart: '2026-05-01',
        value: 99.2,
      });
      await h.call('measurements.record', { targetId: g.response.id, periodStart: '2026-05-01', value: 9 });
      const groups = await h.call('records.related', { register: 'agreements', id: g.sla.id });
      const targets = groups.find((group) => group.register === 'targets')!.items;
      expect(targets.map((item) => item.detail)).toEqual([
        '>= 99.9 % · 99.2 % in 2026-05-01 · breached',
        '<= 15 minutes · 9 minutes in 2026-05-01 · met',
      ]);
      const unmeasured = await h.call('targets.create', {
        agreementId: g.sla.id,
        name: 'Satisfaction',
        metric: 'satisfaction',
      });
      const again = await h.call('records.related', { register: 'targets', id: unmeasured.id });
      expect(again.find((group) => group.label === 'Agreement')!.items[0]!.code).toBe(g.sla.code);
      const onAgreement = await h.call('records.related', { register: 'agreements', id: g.sla.id });
      expect(onAgreement[0]!.items.at(-1)!.detail).toBe('no threshold · never measured');
    } finally {
      h.close();
    }
  });

  it('offer pickers by code or name, and label the ids a form already holds', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const byName = await h.call('records.options', { register: 'suppliers', search: 'group' });
      expect(byName).toEqual([{ id: g.security.id, code: g.security.code, name: 'Group Security' }]);
      const byCode = await h.call('records.options', { register: 'agreements', search: g.contract.code });
      expect(byCode.map((option) => option.id)).toEqual([g.contract.id]);
      const held = await h.call('records.options', {
        register: 'services',
        ids: [g.platform.id, g.network.id],
      });
      expect(held.map((option) => option.name)).toEqual(['Core Network', 'Hosting Platform']);
      const limited = await h.call('records.options', { register: 'customers', limit: 1 });
      expect(limited).toEqual([{ id: g.acme.id, code: g.acme.code, name: 'Acme Retail' }]);
    } finally {
      h.close();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness } from './api-harness';
import { buildGraph, type Graph } from './register-graph';
import {
  agreementInput,
  customerInput,
  reviewInput,
  serviceInput,
  supplierInput,
  targetInput,
} from './register-inputs';

/** Each way a record can point at another, with an id that names nothing, and where the form shows it. */
function danglingReferences(g: Graph, missing: string): [string, string, object, string[]][] {
  return [
    [
      'service customer',
      'services.create',
      serviceInput('S', { customerIds: [g.acme.id, missing] }),
      ['customerIds', '1'],
    ],
    [
      'service dependency',
      'services.create',
      serviceInput('S', { dependsOnIds: [missing] }),
      ['dependsOnIds', '0'],
    ],
    [
      'component operator',
      'services.create',
      serviceInput('S', {
        components: [
          { name: 'A', type: '', owner: '', operatedBySupplierId: g.colo.id },
          { name: 'B', type: '', owner: '', operatedBySupplierId: missing },
        ],
      }),
      ['components', '1', 'operatedBySupplierId'],
    ],
    [
      'supplier as customer',
      'suppliers.create',
      supplierInput('X', { kind: 'customer', customerId: missing }),
      ['customerId'],
    ],
    [
      'supplier service',
      'suppliers.create',
      supplierInput('X', { providesServiceIds: [missing] }),
      ['providesServiceIds', '0'],
    ],
    [
      'supplier RACI',
      'suppliers.create',
      supplierInput('X', { raci: [{ serviceId: missing, activity: 'Run it', role: 'R' }] }),
      ['raci', '0', 'serviceId'],
    ],
    ['SLA customer', 'agreements.create', agreementInput('A', { customerId: missing }), ['customerId']],
    [
      'contract supplier',
      'agreements.create',
      agreementInput('A', { type: 'contract', supplierId: missing }),
      ['supplierId'],
    ],
    [
      'agreement service',
      'agreements.create',
      agreementInput('A', { customerId: g.acme.id, serviceIds: [g.platform.id, missing] }),
      ['serviceIds', '1'],
    ],
    ['target agreement', 'targets.create', targetInput('T', missing), ['agreementId']],
    ['target service', 'targets.create', targetInput('T', g.sla.id, { serviceId: missing }), ['serviceId']],
    ['reviewed agreement', 'reviews.create', reviewInput('R', { agreementId: missing }), ['agreementId']],
    [
      'reviewed supplier',
      'reviews.create',
      reviewInput('R', { subject: 'supplier', supplierId: missing }),
      ['supplierId'],
    ],
    [
      'measured target',
      'measurements.record',
      { targetId: missing, periodStart: '2026-01-01', value: 1, note: '' },
      ['targetId'],
    ],
  ];
}

describe('references between records', () => {
  const tempDir = useTempDir();

  it('refuses an id that names no record, pointing at the field that holds it, and writes nothing', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const logLength = h.changeLog().length;
      for (const [what, method, input, path] of danglingReferences(g, randomUUID())) {
        const error = await h.failure(method, input);
        expect(error.code, what).toBe('VALIDATION');
        expect(error.details, what).toEqual({ issues: [{ path, message: expect.any(String) }] });
      }
      // An update is checked the same way.
      const error = await h.failure('services.update', {
        id: g.platform.id,
        values: serviceInput('Hosting Platform', { dependsOnIds: [randomUUID()] }),
      });
      expect(error.details).toMatchObject({ issues: [{ path: ['dependsOnIds', '0'] }] });
      expect(h.changeLog()).toHaveLength(logLength);
    } finally {
      h.close();
    }
  });

  it('makes SLAs with customers, OLAs with internal suppliers or customers acting as suppliers, contracts with external suppliers', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const refused: [string, object, string][] = [
        ['SLA without a customer', agreementInput('A', {}), 'customerId'],
        [
          'SLA naming a supplier',
          agreementInput('A', { customerId: g.acme.id, supplierId: g.colo.id }),
          'supplierId',
        ],
        ['OLA without a supplier', agreementInput('A', { type: 'ola' }), 'supplierId'],
        [
          'OLA with an external supplier',
          agreementInput('A', { type: 'ola', supplierId: g.colo.id }),
          'supplierId',
        ],
        [
          'OLA naming a customer',
          agreementInput('A', { type: 'ola', supplierId: g.security.id, customerId: g.acme.id }),
          'customerId',
        ],
        [
          'contract with an internal supplier',
          agreementInput('A', { type: 'contract', supplierId: g.security.id }),
          'supplierId',
        ],
        [
          'contract with a customer acting as a supplier',
          agreementInput('A', { type: 'contract', supplierId: g.acmeTechs.id }),
          'supplierId',
        ],
        [
          'end before start',
          agreementInput('A', { customerId: g.acme.id, endDate: '2024-12-31' }),
          'endDate',
        ],
      ];
      for (const [what, input, field] of refused) {
        const error = await h.failure('agreements.create', input);
        expect(error.code, what).toBe('VALIDATION');
        expect(error.details, what).toMatchObject({ issues: [{ path: [field] }] });
      }
      // Turning an existing OLA into a contract is judged by the same rule.
      const retyped = await h.failure('agreements.update', {
        id: g.ola.id,
        values: agreementInput('Security OLA', { type: 'contract', supplierId: g.security.id }),
      });
      expect(retyped.details).toMatchObject({ issues: [{ path: ['supplierId'] }] });

      // The graph itself made the allowed pairs; "other" agreements (MOU, SLR) may name either party or none.
      for (const values of [{}, { customerId: g.internal.id }, { supplierId: g.security.id }]) {
        await h.call('agreements.create', agreementInput('Memorandum', { type: 'other', ...values }));
      }
    } finally {
      h.close();
    }
  });

  it('needs the customer of a customer acting as a supplier, and only then', async () => {
    const h = await openHarness(tempDir());
    try {
      const acme = await h.call('customers.create', customerInput('Acme Retail'));
      const missing = await h.failure('suppliers.create', supplierInput('Acme techs', { kind: 'customer' }));
      expect(missing).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: ['customerId'] }] } });
      const stray = await h.failure('suppliers.create', supplierInput('Colo', { customerId: acme.id }));
      expect(stray).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: ['customerId'] }] } });
      const techs = await h.call(
        'suppliers.create',
        supplierInput('Acme techs', { kind: 'customer', customerId: acme.id }),
      );
      expect(techs).toMatchObject({ kind: 'customer', customerId: acme.id });
    } finally {
      h.close();
    }
  });

  it('names what a review is of: an agreement or a supplier, not both', async () => {
    const h = await openHarness(tempDir());
    try {
      const g = await buildGraph(h);
      const cases: [object, string][] = [
        [reviewInput('R', {}), 'agreementId'],
        [reviewInput('R', { subject: 'supplier' }), 'supplierId'],
        [reviewInput('R', { agreementId: g.sla.id, supplierId: g.colo.id }), 'supplierId'],
        [
          reviewInput('R', { subject: 'supplier', supplierId: g.colo.id, agreementId: g.sla.id }),
          'agreementId',
        ],
      ];
      for (const [input, field] of cases) {
        expect(await h.failure('reviews.create', input)).toMatchObject({
          code: 'VALIDATION',
          details: { issues: [{ path: [field] }] },
        });
      }
    } finally {
      h.close();
    }
  });
});

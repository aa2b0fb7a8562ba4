import { afterEach, describe, expect, it } from 'vitest';
import { serviceWithoutComponents } from '../../../src-main/core/readiness/rules/service-without-components';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('service-without-components (8.2.6)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a live service with no components recorded', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-003', name: 'Identity', components: [] });
    expect(serviceWithoutComponents.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'service-without-components',
        clause: '8.2.6',
        itemId: '8.2.6-02',
        severity: 'minor',
        message:
          'SVC-003 Identity is live but no supporting components or configuration items are recorded for it.',
        records: [named('services', service)],
      }),
    ]);
  });

  it('stays quiet for a live service with one component and for pipeline services with none', () => {
    r = new Registers();
    r.service({ code: 'SVC-001', components: [{ name: 'Directory' }] });
    r.service({ code: 'SVC-002', lifecycle: 'pipeline', components: [] });
    expect(serviceWithoutComponents.run(r.db, today)).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { serviceNotInCatalogue } from '../../../src-main/core/readiness/rules/service-not-in-catalogue';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('service-not-in-catalogue (8.2.4)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a live service without a catalogue entry', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-009', name: 'Database', inCatalogue: false });
    expect(serviceNotInCatalogue.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'service-not-in-catalogue',
        clause: '8.2.4',
        severity: 'minor',
        message: 'SVC-009 Database is live but has no entry in the service catalogue.',
        records: [named('services', service)],
      }),
    ]);
  });

  it('stays quiet for catalogued live services and for pipeline or retired ones outside it', () => {
    r = new Registers();
    r.service({ code: 'SVC-001' });
    r.service({ code: 'SVC-002', lifecycle: 'pipeline', inCatalogue: false });
    r.service({ code: 'SVC-003', lifecycle: 'retired', inCatalogue: false });
    expect(serviceNotInCatalogue.run(r.db, today)).toEqual([]);
  });
});

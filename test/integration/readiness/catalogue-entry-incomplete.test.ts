import { afterEach, describe, expect, it } from 'vitest';
import { catalogueEntryIncomplete } from '../../../src-main/core/readiness/rules/catalogue-entry-incomplete';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('catalogue-entry-incomplete (8.2.4)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a live catalogue entry without owner, description or service levels, naming what is missing', () => {
    r = new Registers();
    const noOwner = r.service({ code: 'SVC-001', name: 'Hosting', owner: '  ' });
    const bare = r.service({
      code: 'SVC-002',
      name: 'Backup',
      owner: '',
      description: '',
      targetsOffered: '',
    });
    const findings = catalogueEntryIncomplete.run(r.db, today);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'catalogue-entry-incomplete',
        clause: '8.2.4',
        severity: 'minor',
        message: 'SVC-001 Hosting is live in the catalogue but its entry has no owner.',
        records: [named('services', noOwner)],
      }),
      expect.objectContaining({
        message:
          'SVC-002 Backup is live in the catalogue but its entry has no owner, description or service levels offered.',
        records: [named('services', bare)],
      }),
    ]);
  });

  it('stays quiet for complete entries and for services not live or not in the catalogue', () => {
    r = new Registers();
    r.service({ code: 'SVC-001' });
    r.service({ code: 'SVC-002', lifecycle: 'pipeline', owner: '', targetsOffered: '' });
    r.service({ code: 'SVC-003', inCatalogue: false, targetsOffered: '' });
    expect(catalogueEntryIncomplete.run(r.db, today)).toEqual([]);
  });
});

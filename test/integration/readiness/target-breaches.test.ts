import { afterEach, describe, expect, it } from 'vitest';
import { targetBreachedLatest } from '../../../src-main/core/readiness/rules/target-breached-latest';
import { targetBreachedRepeatedly } from '../../../src-main/core/readiness/rules/target-breached-repeatedly';
import { named, Registers, type Ref } from './registers-builder';

const today = '2026-11-22';
const months = ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];

/** Six monthly values against "at least 99.9%": true is a breach. */
function series(r: Registers, target: Ref, breached: readonly boolean[]): void {
  r.measure(
    target,
    months.map((month, index) => [month, breached[index] ? 99.5 : 99.95] as const),
  );
}

describe('target-breached-latest and target-breached-repeatedly (8.3.3)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('latest: fires when the latest measurement misses the target, naming the period and values', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-006', name: 'Hosting' });
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    const target = r.target({
      code: 'TGT-001',
      name: 'Hosting availability',
      agreement: sla,
      service,
      threshold: 99.95,
    });
    r.measure(target, [
      ['2026-09-01', 99.99],
      ['2026-10-01', 99.71],
    ]);
    expect(targetBreachedLatest.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'target-breached-latest',
        clause: '8.3.3',
        itemId: '8.3.3-05',
        severity: 'observation',
        message:
          'TGT-001 Hosting availability in AGR-001 was breached in its latest measured period, 2026-10: ' +
          '99.71% against a target of at least 99.95%.',
        records: [named('targets', target), named('agreements', sla), named('services', service)],
      }),
    ]);
    expect(targetBreachedRepeatedly.run(r.db, today)).toEqual([]);
  });

  it('judges every comparison as the measurement store does', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    const cases = [
      ['<=', 8, 8.1, true],
      ['<=', 8, 8, false],
      ['<', 8, 8, true],
      ['>', 4, 4, true],
      ['>', 4, 4.01, false],
      ['=', 0, 0.5, true],
      ['=', 0, 0, false],
    ] as const;
    const breached = cases.map(([comparison, threshold, value, isBreach], index) => {
      const target = r.target({
        code: `TGT-${index + 1}`,
        agreement: sla,
        comparison,
        threshold,
        unit: 'hours',
      });
      r.measure(target, [['2026-10-01', value]]);
      return isBreach ? target.code : null;
    });
    expect(targetBreachedLatest.run(r.db, today).map((finding) => finding.records[0]?.code)).toEqual(
      breached.filter((code) => code !== null),
    );
  });

  it('repeatedly: fires at 4 breaches of the last 6 measured periods, and the latest rule then stays quiet', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-015', name: 'Workplace' });
    const sla = r.agreement({ code: 'AGR-002', type: 'sla' });
    const target = r.target({
      code: 'TGT-007',
      name: 'P2 resolution',
      agreement: sla,
      service,
      comparison: '<=',
      threshold: 8,
      unit: 'hours',
    });
    // Older breaches fall outside the last six and do not count.
    r.measure(target, [
      ['2026-03-01', 12],
      ['2026-04-01', 12],
      ['2026-05-01', 9.1],
      ['2026-06-01', 7.5],
      ['2026-07-01', 9.8],
      ['2026-08-01', 9.2],
      ['2026-09-01', 10.4],
      ['2026-10-01', 7.9],
    ]);
    expect(targetBreachedRepeatedly.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'target-breached-repeatedly',
        clause: '8.3.3',
        itemId: '8.3.3-05',
        severity: 'minor',
        message:
          'TGT-007 P2 resolution in AGR-002 was breached in 4 of its last 6 measured periods, most recently 2026-09 ' +
          'with 10.4 hours against a target of at most 8 hours.',
        records: [named('targets', target), named('agreements', sla), named('services', service)],
      }),
    ]);
    r.measure(target, [['2026-11-01', 9]]);
    expect(targetBreachedRepeatedly.run(r.db, today)).toHaveLength(1);
    expect(targetBreachedLatest.run(r.db, today)).toEqual([]);
  });

  it('repeatedly: stays quiet at 3 breaches of 6; latest fires alone when the latest of those is breached', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    const three = r.target({ code: 'TGT-001', agreement: sla });
    series(r, three, [true, false, true, false, false, true]);
    expect(targetBreachedRepeatedly.run(r.db, today)).toEqual([]);
    expect(targetBreachedLatest.run(r.db, today).map((finding) => finding.records[0]?.code)).toEqual([
      'TGT-001',
    ]);
  });

  it('counts fewer than six measured periods as they are', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    const young = r.target({ code: 'TGT-001', agreement: sla });
    r.measure(young, [
      ['2026-07-01', 99.5],
      ['2026-08-01', 99.5],
      ['2026-09-01', 99.5],
      ['2026-10-01', 99.5],
    ]);
    expect(targetBreachedRepeatedly.run(r.db, today).map((finding) => finding.message)).toEqual([
      'TGT-001 Target TGT-001 in AGR-001 was breached in 4 of its last 4 measured periods, most recently 2026-10 ' +
        'with 99.5% against a target of at least 99.9%.',
    ]);
  });

  it('both stay quiet for met targets, unjudgeable targets and agreements not agreed', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    series(r, r.target({ code: 'TGT-001', agreement: sla }), [false, false, false, false, false, false]);
    series(r, r.target({ code: 'TGT-002', agreement: sla, threshold: null }), [
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    series(r, r.target({ code: 'TGT-003', agreement: sla, comparison: null }), [
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    const expired = r.agreement({ code: 'AGR-002', type: 'contract', status: 'expired' });
    series(r, r.target({ code: 'TGT-004', agreement: expired }), [true, true, true, true, true, true]);
    r.target({ code: 'TGT-005', agreement: sla });
    expect(targetBreachedLatest.run(r.db, today)).toEqual([]);
    expect(targetBreachedRepeatedly.run(r.db, today)).toEqual([]);
  });
});

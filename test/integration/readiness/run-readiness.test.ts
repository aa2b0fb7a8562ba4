import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readinessReport } from '../../../src-main/api/schemas/readiness';
import { walkItems } from '../../../src-main/core/clauses/clause-tree';
import { findClauseLibrary } from '../../../src-main/core/clauses/clause-catalogue';
import { compareClauses } from '../../../src-main/core/readiness/clause-order';
import { readinessRules } from '../../../src-main/core/readiness/rules';
import { runReadiness } from '../../../src-main/core/readiness/run-readiness';
import { migrations } from '../../../src-main/core/workspace/migrations';
import { runMigrations } from '../../../src-main/core/workspace/migrations/run-migrations';
import { Registers } from './registers-builder';

const today = '2026-11-22';

describe('the readiness rules', () => {
  it('have unique ids, each checking a requirement item of the clause it names', () => {
    const ids = readinessRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const items = new Map(
      [...walkItems(findClauseLibrary().clauses)].map(({ item, clause }) => [item.id, clause]),
    );
    for (const rule of readinessRules) {
      expect(items.get(rule.itemId)?.number, rule.id).toBe(rule.clause);
    }
  });
});

describe('runReadiness', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('reports nothing for empty registers, still listing every clause it checked', () => {
    r = new Registers();
    const report = runReadiness(r.db, today);
    expect(report.findings).toEqual([]);
    expect(report.summary.total).toBe(0);
    expect(report.summary.byClause.map((clause) => clause.clause)).toEqual([
      '8.2.3',
      '8.2.4',
      '8.2.6',
      '8.3.1',
      '8.3.2',
      '8.3.3',
      '8.3.4.1',
      '8.3.4.2',
    ]);
    expect(report.rules).toHaveLength(readinessRules.length);
    expect(() => readinessReport.parse(report)).not.toThrow();
  });

  it('sorts findings by clause, then severity, and counts them by severity and clause', () => {
    r = new Registers();
    const customer = r.customer({ code: 'CUS-001', relationshipManager: '', satisfaction: ['2026-10-01'] });
    const service = r.service({ code: 'SVC-001', customers: [customer], components: [] });
    const sla = r.agreement({ code: 'AGR-001', type: 'sla', nextReview: '2026-11-01', services: [service] });
    const target = r.target({ code: 'TGT-001', agreement: sla, service });
    r.measure(target, [['2026-10-01', 99]]);
    const supplier = r.supplier({ code: 'SUP-001', provides: [service] });
    r.agreement({ code: 'AGR-002', type: 'contract', supplier, end: '2026-12-01' });
    const report = runReadiness(r.db, today);
    expect(report.findings.map((finding) => [finding.clause, finding.severity, finding.ruleId])).toEqual([
      ['8.2.6', 'minor', 'service-without-components'],
      ['8.3.1', 'minor', 'agreement-review-overdue'],
      ['8.3.2', 'minor', 'customer-without-relationship-manager'],
      ['8.3.3', 'observation', 'target-breached-latest'],
      ['8.3.4.1', 'observation', 'contract-ending-soon'],
    ]);
    expect(report.summary.bySeverity).toEqual({ major: 0, minor: 3, observation: 2 });
    expect(report.summary.byClause.find((clause) => clause.clause === '8.3.3')).toEqual({
      clause: '8.3.3',
      major: 0,
      minor: 0,
      observation: 1,
      total: 1,
    });
    const clauses = report.rules.map((rule) => rule.clause);
    expect(clauses).toEqual([...clauses].sort(compareClauses));
  });

  it('refuses a reference date that is not a calendar date', () => {
    r = new Registers();
    expect(() => runReadiness(r.db, '2026-02-30')).toThrow(/not a date/);
  });
});

describe('runReadiness on a workspace from before the registers', () => {
  it('reports nothing (schema 1 has no registers to read)', () => {
    const old = new Database(':memory:');
    runMigrations(old, migrations.slice(0, 1));
    expect(runReadiness(old, today).findings).toEqual([]);
    old.close();
  });
});

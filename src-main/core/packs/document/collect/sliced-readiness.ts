import type Database from 'better-sqlite3';
import type { ReadinessFinding, ReadinessReport } from '../../../../api/schemas/readiness';
import type { ReadinessRule } from '../../../readiness/readiness-rule';
import { ReadinessRun } from '../../../readiness/readiness-run';
import { readinessRules } from '../../../readiness/rules';
import { runReadiness } from '../../../readiness/run-readiness';
import { readTargetStandingInSlices } from '../../../readiness/sql/target-standing';
import type { EventLoopSlicer } from '../../../../shared/event-loop-slicer';

/**
 * runReadiness, with a `slicer` checkpoint after each rule: every rule together takes about a third
 * of a second over a large workspace, one rule a few tens of milliseconds. The rules are run here
 * one by one, sharing one ReadinessRun as runReadiness shares it, and runReadiness is then given
 * their results, so the report (order, rule list, summary) is exactly the one it makes itself.
 * The caller's transaction keeps every rule on the same state of the registers.
 */
export async function runReadinessInSlices(
  db: Database.Database,
  today: string,
  slicer: EventLoopSlicer,
): Promise<ReadinessReport> {
  const run = new ReadinessRun(db, today);
  // The one reading that takes over a hundred milliseconds at scale, read in slices first.
  await readTargetStandingInSlices(run, () => slicer.checkpoint());
  const results = new Map<string, ReadinessFinding[]>();
  for (const rule of readinessRules) {
    results.set(rule.id, rule.run(db, today, run));
    await slicer.checkpoint();
  }
  const answered = readinessRules.map((rule): ReadinessRule => ({
    ...rule,
    run: (...args) => results.get(rule.id) ?? rule.run(...args),
  }));
  return runReadiness(db, today, answered, run);
}

import type Database from 'better-sqlite3';
import type { ReadinessFinding, ReadinessReport } from '../../api/schemas/readiness';
import type { EventLoopSlicer } from '../../shared/event-loop-slicer';
import type { ReadinessRule } from './readiness-rule';
import { ReadinessRun } from './readiness-run';
import { readinessRules } from './rules';
import { runReadiness } from './run-readiness';
import { readTargetStandingInSlices } from './sql/target-standing';

/**
 * runReadiness, with a `slicer` checkpoint after each rule: every rule together takes about a third
 * of a second over a large workspace, one rule a few tens of milliseconds. The rules are run here
 * one by one, sharing one ReadinessRun as runReadiness shares it, and runReadiness is then given
 * their results, so the report (order, rule list, summary) is exactly the one it makes itself.
 * The caller's transaction keeps every rule on the same state of the registers. A caller that
 * reads more from the same run (the dashboard's breached targets) passes its own.
 */
export async function runReadinessInSlices(
  db: Database.Database,
  today: string,
  slicer: EventLoopSlicer,
  run: ReadinessRun = new ReadinessRun(db, today),
): Promise<ReadinessReport> {
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

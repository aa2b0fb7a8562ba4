import type Database from 'better-sqlite3';
import type { ReadinessFinding, ReadinessRecord, ReadinessRuleInfo } from '../../api/schemas/readiness';
import { ReadinessRun } from './readiness-run';

/** What a rule's query finds: the message and the records; the rule adds who it is. */
export interface FindingDraft {
  message: string;
  records: ReadinessRecord[];
}

/**
 * One readiness check: what it is (id, clause, requirement item, severity, title, description)
 * and how it reads the registers. `today` (YYYY-MM-DD) is explicit, never the clock, so the
 * same workspace on the same day always gives the same findings.
 */
export interface ReadinessRule extends ReadinessRuleInfo {
  run(db: Database.Database, today: string, run?: ReadinessRun): ReadinessFinding[];
}

export function defineRule(
  info: ReadinessRuleInfo,
  find: (db: Database.Database, today: string, run: ReadinessRun) => FindingDraft[],
): ReadinessRule {
  return {
    ...info,
    run: (db, today, run) =>
      // A run made for another database or day has nothing this one may reuse.
      find(db, today, run?.db === db && run.today === today ? run : new ReadinessRun(db, today)).map(
        (draft) => ({
          ruleId: info.id,
          clause: info.clause,
          itemId: info.itemId,
          severity: info.severity,
          title: info.title,
          message: draft.message,
          records: draft.records,
        }),
      ),
  };
}

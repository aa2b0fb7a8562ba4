import { randomInt } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src-main/core/sample/seeded-random';
import { childEnv, runCli, runCliToEnd, userDataDirIn } from '../../../helpers/reliability/cli-process';
import { openInProcess, verifyAfterKill } from '../../../helpers/reliability/crash-verification';
import { killDuringStartup, runKillCycle } from '../../../helpers/reliability/kill-cycle';
import { RandomWrites } from '../../../helpers/reliability/random-writes';
import { readPool } from '../../../helpers/reliability/record-pool';
import { WriteLedger } from '../../../helpers/reliability/write-ledger';
import { useTempDir } from '../../../helpers/temp-dir';

/** CLAUSEBOOK_CRASH_CYCLES=N for a deeper run; CLAUSEBOOK_CRASH_SEED=S to replay a run's choices. */
const cycles = Number(process.env.CLAUSEBOOK_CRASH_CYCLES ?? 100);
const seed = Number(process.env.CLAUSEBOOK_CRASH_SEED ?? randomInt(2 ** 31));
/** Earlier writes re-read after each cycle, besides the ones the cycle touched; all are re-read at the end. */
const OLDER_ENTRIES_PER_CYCLE = 20;
/** The share of cycles in which the workspace is reopened and killed again before it is checked. */
const RESTART_SHARE = 0.15;
/** The one write the app may refuse: deleting a record that another record needs. */
const EXPECTED_REFUSAL = /^\S+\.delete \S+ REFERENCED:/;

describe('a served workspace killed with SIGKILL at random moments', () => {
  const tempDir = useTempDir();

  it(
    `keeps every acknowledged write and stays sound over ${cycles} kill cycles`,
    async () => {
      const started = performance.now();
      console.log(
        `crash harness: seed ${seed}, ${cycles} cycles. CLAUSEBOOK_CRASH_SEED=${seed} replays the same random ` +
          'choices (which writes fit in before each kill still depends on the timing of the machine).',
      );
      const random = seededRandom(seed);
      const dir = tempDir();
      const env = childEnv(dir);
      const file = path.join(dir, 'crash.clausebook');
      const userDataDir = userDataDirIn(dir);
      // Made by the real CLI, which also fills the compile cache the servers then start from.
      await runCliToEnd(['new', file, '--org', 'Kestrel Hosting Ltd'], { cwd: dir, env });
      const setup = await openInProcess(file, userDataDir);
      const { items } = await setup.value<{ items: { itemId: string }[] }>('assessments.list', {});
      const itemIds = items.map((item) => item.itemId);
      let pool = readPool(setup.db);
      setup.close();

      const ledger = new WriteLedger();
      const totals = {
        kills: 0,
        startupKills: 0,
        acknowledged: 0,
        unknown: 0,
        checked: 0,
        refused: [] as string[],
        inFlightCommitted: 0,
        inFlightNotCommitted: 0,
      };
      for (let cycle = 1; cycle <= cycles; cycle += 1) {
        const label = `kill cycle ${cycle} (seed ${seed})`;
        const writes = new RandomWrites(random, itemIds, pool, cycle);
        const touched = new Set<string>();
        const round = async () => {
          const outcome = await runKillCycle({
            file,
            env,
            writes,
            ledger,
            // From a few milliseconds (often mid-way through the first writes) to a few hundred.
            killAfterMs: 5 + Math.floor(random() ** 2 * 295),
            clients: 2 + Math.floor(random() * 4),
          });
          totals.kills += 1;
          totals.acknowledged += outcome.acknowledged;
          totals.unknown += outcome.unknown;
          totals.refused.push(...outcome.refused);
          for (const key of outcome.touched) touched.add(key);
        };
        await round();
        if (random() < RESTART_SHARE) {
          // The app reopening the file after the crash, killed again while it starts and recovers
          // the log; then reopened once more, written to and killed before anything is checked.
          await killDuringStartup(file, env, random() * 300);
          totals.kills += 1;
          totals.startupKills += 1;
          await round();
        }

        const older = ledger.keys.filter((key) => !touched.has(key));
        const sample = Array.from(
          { length: Math.min(OLDER_ENTRIES_PER_CYCLE, older.length) },
          () => older[Math.floor(random() * older.length)]!,
        );
        const verification = await verifyAfterKill({
          file,
          userDataDir,
          ledger,
          keys: [...touched, ...sample],
          label,
        });
        expect(verification.problems, `after ${label}`).toEqual([]);
        totals.checked += verification.checked;
        totals.inFlightCommitted += verification.inFlight.committed;
        totals.inFlightNotCommitted += verification.inFlight.notCommitted;
        pool = verification.pool;
      }

      // Everything ever acknowledged, read back once more after all the kills.
      const final = await verifyAfterKill({
        file,
        userDataDir,
        ledger,
        keys: ledger.keys,
        label: `all ${cycles} kill cycles (seed ${seed})`,
      });
      expect(final.problems).toEqual([]);
      totals.checked += final.checked;
      // And the app's own check, run as a user would.
      const check = await runCli(['check', file], { cwd: dir, env });
      expect(check.stderr).toBe('');
      expect(check.stdout).toContain('integrity ok, foreign keys ok, register counts ok, change log ok');
      expect(check.exitCode).toBe(0);

      // The writer sends valid input only: any other refusal is a fault in the harness or the app.
      expect(totals.refused.filter((refusal) => !EXPECTED_REFUSAL.test(refusal))).toEqual([]);
      expect(totals.acknowledged).toBeGreaterThan(cycles);

      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `crash harness: ${cycles} kill cycles survived (${totals.kills} SIGKILLs, ${totals.startupKills} of them while ` +
          `the server started up after a crash), ${totals.acknowledged} writes acknowledged, ` +
          `${totals.unknown} in flight when killed (of the states they set, ${totals.inFlightCommitted} found committed, ` +
          `${totals.inFlightNotCommitted} not), ${totals.refused.length} refused (delete of a record still needed), ` +
          `${totals.checked} checks of acknowledged state (${ledger.size} distinct), nothing lost; seed ${seed}, ${seconds} s`,
      );
    },
    60_000 + cycles * 2_000,
  );
});

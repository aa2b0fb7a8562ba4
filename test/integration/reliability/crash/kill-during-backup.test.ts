import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src-main/core/sample/seeded-random';
import { openWorkspace } from '../../../../src-main/core/workspace/open-workspace';
import { childEnv, runCli, runCliToEnd, userDataDirIn } from '../../../helpers/reliability/cli-process';
import { openInProcess } from '../../../helpers/reliability/crash-verification';
import {
  contentDigest,
  describeKill,
  isTemporaryFor,
  killPlan,
  leftoversIn,
  timeWholeRun,
  workspaceBytes,
} from '../../../helpers/reliability/export-checks';
import { useTempDir } from '../../../helpers/temp-dir';

/** CLAUSEBOOK_CRASH_EXPORT_CYCLES=N for a deeper run; CLAUSEBOOK_CRASH_SEED=S to replay the kill times. */
const cycles = Number(process.env.CLAUSEBOOK_CRASH_EXPORT_CYCLES ?? 20);
const seed = Number(process.env.CLAUSEBOOK_CRASH_SEED ?? randomInt(2 ** 31));
/** Evidence that makes the workspace large enough for a backup to be caught half-way. */
const EVIDENCE_FILES = 4;
const EVIDENCE_BYTES = 4 * 1024 * 1024;

/** A finished backup opens as a workspace, passes SQLite's integrity check and holds what its source holds. */
async function expectSoundBackup(file: string, sourceDigest: string): Promise<void> {
  const { workspace } = await openWorkspace(file, { upgrade: false });
  try {
    expect(workspace.db.pragma('integrity_check', { simple: true }), file).toBe('ok');
    expect(contentDigest(workspace.db), `${file} holds what the workspace holds`).toBe(sourceDigest);
  } finally {
    workspace.close();
  }
}

describe('clausebook backup killed with SIGKILL at random moments', () => {
  const tempDir = useTempDir();

  it(
    `never leaves a half-written backup under its name, nor changes the workspace (${cycles} kills)`,
    async () => {
      const started = performance.now();
      const random = seededRandom(seed);
      const dir = tempDir();
      const env = childEnv(dir);
      const workFolder = path.join(dir, 'work');
      const backups = path.join(dir, 'backups');
      mkdirSync(workFolder);
      mkdirSync(backups);
      const file = path.join(workFolder, 'client.clausebook');
      await runCliToEnd(['demo', file], { cwd: dir, env });
      const workspace = await openInProcess(file, userDataDirIn(dir));
      for (let index = 1; index <= EVIDENCE_FILES; index += 1) {
        await workspace.value('evidence.add', {
          fileName: `site-survey-${index}.bin`,
          mediaType: 'application/octet-stream',
          content: randomBytes(EVIDENCE_BYTES).toString('base64'),
        });
      }
      const digest = contentDigest(workspace.db);
      workspace.close();
      const before = workspaceBytes(file);

      // One backup left to finish: when it writes, and proof that a whole one passes the checks.
      const whole = await timeWholeRun(['backup', file, path.join(backups, 'backup-0.clausebook')], {
        cwd: dir,
        env,
        folder: backups,
        finalName: 'backup-0.clausebook',
      });
      await expectSoundBackup(path.join(backups, 'backup-0.clausebook'), digest);

      const finals = new Set(['backup-0.clausebook']);
      const leftovers = new Set<string>();
      const tally = { noFile: 0, temporaryLeft: 0, complete: 0 };
      for (let cycle = 1; cycle <= cycles; cycle += 1) {
        const name = `backup-${cycle}.clausebook`;
        const destination = path.join(backups, name);
        const kill = killPlan(random, whole, cycle, backups, name);
        const run = await runCli(['backup', file, destination], { cwd: dir, env, kill });
        const why = `kill ${cycle} (seed ${seed}) ${describeKill(kill)}`;
        if (run.finishedOnItsOwn) expect(run.exitCode, `${why}: ${run.stderr}`).toBe(0);

        // Under the final name: nothing, or a whole backup.
        if (existsSync(destination)) {
          await expectSoundBackup(destination, digest);
          finals.add(name);
          tally.complete += 1;
        } else {
          expect(run.finishedOnItsOwn, `${why}: the backup finished but is not there`).toBe(false);
        }
        // Beside it, at most the temporary file of this very backup.
        const left = leftoversIn(backups, finals).filter((entry) => !leftovers.has(entry));
        for (const entry of left) expect(isTemporaryFor(entry, name), `${why}: ${entry}`).toBe(true);
        expect(left.filter((entry) => entry.endsWith('.partial')).length, why).toBeLessThanOrEqual(1);
        if (left.length > 0) tally.temporaryLeft += 1;
        else if (!existsSync(destination)) tally.noFile += 1;
        for (const entry of left) leftovers.add(entry);

        // The workspace: the same bytes, nothing waiting in a log, nothing new beside it.
        expect(workspaceBytes(file), why).toEqual(before);
        expect(
          readdirSync(workFolder).filter(
            (entry) => entry !== 'client.clausebook' && entry !== 'client.clausebook-wal',
          ),
          why,
        ).toEqual([]);
      }

      // A later backup clears what killed ones left once it has lain untouched for an hour
      // (younger, it could belong to a backup still under way).
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const entry of leftovers) utimesSync(path.join(backups, entry), twoHoursAgo, twoHoursAgo);
      await runCliToEnd(['backup', file, path.join(backups, 'backup-last.clausebook')], { cwd: dir, env });
      const stillThere = [...leftovers].filter((entry) => existsSync(path.join(backups, entry)));
      expect(stillThere, `seed ${seed}: temporary files a later backup should have cleared`).toEqual([]);

      console.log(
        `backup kills: ${cycles} (seed ${seed}), a whole backup of ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB took ${whole.elapsedMs.toFixed(0)} ms (writing from ${whole.temporaryAtMs?.toFixed(0)} ms); ` +
          `${tally.noFile} killed before writing, ${tally.temporaryLeft} killed while writing (temporary file left, ` +
          `final name never used), ${tally.complete} finished and sound; workspace bytes unchanged every time; ` +
          `all ${leftovers.size} temporary files cleared by a later backup once stale; ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    60_000 + cycles * 3_000,
  );
});

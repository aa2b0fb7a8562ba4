import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPackExports } from '../../../../src-main/core/packs/history/pack-history';
import { verifyPack } from '../../../../src-main/core/packs/verify/verify-pack';
import { seededRandom } from '../../../../src-main/core/sample/seeded-random';
import { openWorkspace } from '../../../../src-main/core/workspace/open-workspace';
import { pdfsigAccepts } from '../../../helpers/packs/pack-tools';
import { childEnv, runCli, runCliToEnd } from '../../../helpers/reliability/cli-process';
import {
  contentDigest,
  describeKill,
  isTemporaryFor,
  killPlan,
  leftoversIn,
  timeWholeRun,
  workspaceBytes,
  type WorkspaceBytes,
} from '../../../helpers/reliability/export-checks';
import { useTempDir } from '../../../helpers/temp-dir';

/** CLAUSEBOOK_CRASH_EXPORT_CYCLES=N for a deeper run; CLAUSEBOOK_CRASH_SEED=S to replay the kill times. */
const cycles = Number(process.env.CLAUSEBOOK_CRASH_EXPORT_CYCLES ?? 20);
const seed = Number(process.env.CLAUSEBOOK_CRASH_SEED ?? randomInt(2 ** 31));
const PASSPHRASE = 'kill-test passphrase';

/** A finished pack is signed over its whole length and every embedded file matches its manifest. */
function expectWholePack(file: string, why: string): string {
  const bytes = readFileSync(file);
  const report = verifyPack(bytes);
  expect(
    report.checks.filter((check) => !check.ok),
    `${why}: ${file}`,
  ).toEqual([]);
  expect(report.valid, `${why}: ${file}`).toBe(true);
  expect(pdfsigAccepts(file), `${why}: pdfsig on ${file}`).toBe(true);
  return createHash('sha256').update(bytes).digest('hex');
}

/** What the workspace is known to hold: its content apart from the export history, and that history. */
interface WorkspaceState {
  bytes: WorkspaceBytes;
  digest: string;
  packs: string[];
}

async function readState(file: string): Promise<Omit<WorkspaceState, 'bytes'>> {
  const { workspace } = await openWorkspace(file, { upgrade: false });
  try {
    return {
      digest: contentDigest(workspace.db, { without: ['pack_export'] }),
      packs: listPackExports(workspace.db).map((entry) => entry.sha256),
    };
  } finally {
    workspace.close();
  }
}

describe('clausebook pack killed with SIGKILL at random moments', () => {
  const tempDir = useTempDir();

  it(
    `never leaves a half-written pack under its name, nor damages the workspace (${cycles} kills)`,
    async () => {
      const started = performance.now();
      const random = seededRandom(seed);
      const dir = tempDir();
      const env = childEnv(dir, { CLAUSEBOOK_PASSPHRASE: PASSPHRASE });
      const workFolder = path.join(dir, 'work');
      const packs = path.join(dir, 'packs');
      mkdirSync(workFolder);
      mkdirSync(packs);
      const file = path.join(workFolder, 'client.clausebook');
      const identity = path.join(dir, 'id.p12');
      await runCliToEnd(['demo', file], { cwd: dir, env });
      await runCliToEnd(
        [
          'identity',
          'create',
          '--name',
          'Jane Doe',
          '--org',
          'Northgate Assurance Ltd',
          '--email',
          'jane.doe@northgate.example',
          '--out',
          identity,
        ],
        { cwd: dir, env },
      );
      const pack = (name: string) => [
        'pack',
        file,
        '--out',
        path.join(packs, name),
        '--identity',
        identity,
        // One clause (with its evidence) is enough to exercise the writer, and keeps each run short.
        '--clauses',
        '4',
      ];

      // One pack left to finish: when it writes, and proof that a whole one passes the checks.
      const whole = await timeWholeRun(pack('pack-0.pdf'), {
        cwd: dir,
        env,
        folder: packs,
        finalName: 'pack-0.pdf',
      });
      const firstSha = expectWholePack(path.join(packs, 'pack-0.pdf'), 'the pack left to finish');
      let known: WorkspaceState = { bytes: workspaceBytes(file), ...(await readState(file)) };
      expect(known.packs).toEqual([firstSha]);

      const finals = new Set(['pack-0.pdf']);
      const leftovers = new Set<string>();
      const tally = { noFile: 0, temporaryLeft: 0, complete: 0, completeNotInHistory: 0 };
      for (let cycle = 1; cycle <= cycles; cycle += 1) {
        const name = `pack-${cycle}.pdf`;
        const output = path.join(packs, name);
        const kill = killPlan(random, whole, cycle, packs, name);
        const run = await runCli(pack(name), { cwd: dir, env, kill });
        const why = `kill ${cycle} (seed ${seed}) ${describeKill(kill)}`;
        if (run.finishedOnItsOwn) expect(run.exitCode, `${why}: ${run.stderr}`).toBe(0);

        // Beside the final name, at most the temporary file of this very pack.
        const left = leftoversIn(packs, new Set([...finals, name])).filter((entry) => !leftovers.has(entry));
        for (const entry of left) expect(isTemporaryFor(entry, name), `${why}: ${entry}`).toBe(true);
        expect(left.length, why).toBeLessThanOrEqual(1);
        for (const entry of left) leftovers.add(entry);
        expect(
          readdirSync(workFolder).filter(
            (entry) => entry !== 'client.clausebook' && entry !== 'client.clausebook-wal',
          ),
          why,
        ).toEqual([]);

        if (!existsSync(output)) {
          // No pack: the workspace is byte for byte as it was.
          expect(run.finishedOnItsOwn, `${why}: the pack finished but is not there`).toBe(false);
          expect(workspaceBytes(file), why).toEqual(known.bytes);
          if (left.length > 0) tally.temporaryLeft += 1;
          else tally.noFile += 1;
          continue;
        }
        // A whole pack, and a workspace that changed at most by recording that pack in its history.
        const sha = expectWholePack(output, why);
        finals.add(name);
        tally.complete += 1;
        const now = await readState(file);
        expect(now.digest, `${why}: the workspace content changed`).toBe(known.digest);
        const added = now.packs.filter((entry) => !known.packs.includes(entry));
        expect(now.packs.filter((entry) => known.packs.includes(entry)).sort(), why).toEqual(
          [...known.packs].sort(),
        );
        expect(added, why).toEqual(added.length === 0 ? [] : [sha]);
        if (added.length === 0) tally.completeNotInHistory += 1;
        known = { bytes: workspaceBytes(file), ...now };
      }

      // A later pack clears what killed ones left once it has lain untouched for an hour
      // (younger, it could belong to a pack still being written).
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const entry of leftovers) utimesSync(path.join(packs, entry), twoHoursAgo, twoHoursAgo);
      await runCliToEnd(pack('pack-last.pdf'), { cwd: dir, env });
      const stillThere = [...leftovers].filter((entry) => existsSync(path.join(packs, entry)));
      expect(stillThere, `seed ${seed}: temporary files a later pack should have cleared`).toEqual([]);

      console.log(
        `pack kills: ${cycles} (seed ${seed}), a whole pack took ${whole.elapsedMs.toFixed(0)} ms (file written at ${whole.finalAtMs.toFixed(0)} ms); ` +
          `${tally.noFile} killed before writing (workspace bytes unchanged), ${tally.temporaryLeft} killed while writing ` +
          `(temporary file left, final name never used), ${tally.complete} finished, signed and whole ` +
          `(${tally.completeNotInHistory} killed before the history entry), workspace content unchanged every time; ` +
          `all ${leftovers.size} temporary files cleared by a later pack once stale; ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    90_000 + cycles * 5_000,
  );
});

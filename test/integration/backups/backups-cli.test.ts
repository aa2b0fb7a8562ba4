import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import { folderState, sha256File } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { Session } from '../../../src-main/core/session';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';

interface Run {
  status: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in this process, as `clausebook …` would, with this test's app data folder. */
async function clausebook(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(argv, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  return { status, stdout, stderr };
}

async function consultantOf(file: string): Promise<string> {
  const { workspace } = await openWorkspace(file, { upgrade: false });
  try {
    return workspace.db.prepare('SELECT consultant_name FROM engagement').pluck().get() as string;
  } finally {
    workspace.close();
  }
}

async function setConsultant(file: string, name: string): Promise<void> {
  const session = new Session();
  const { workspace } = await openWorkspace(file);
  session.replace(workspace);
  workspace.write(() => workspace.db.prepare('UPDATE engagement SET consultant_name = ?').run(name));
  session.closeSync();
}

describe('clausebook backups and restore', () => {
  const tempDir = useTempDir();
  let userData: string;

  beforeEach(() => {
    userData = path.join(tempDir(), 'user-data');
    vi.stubEnv('CLAUSEBOOK_USER_DATA_DIR', userData);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('lists the new commands in the overview and explains them in --help', async () => {
    const overview = await clausebook('--help');
    expect(overview.stdout.join('\n')).toMatch(
      /^ {2}backups +List a workspace's automatic and manual backups/m,
    );
    expect(overview.stdout.join('\n')).toMatch(/^ {2}restore +Replace a workspace with one of its backups/m);
    expect((await clausebook('restore', '--help')).stdout.join('\n')).toContain(
      'Usage: clausebook restore <file> --from <id|backup file> [--yes]',
    );
  });

  it('one-shot commands write no backups: info and check leave the app data folder alone', async () => {
    const file = await makeWorkspaceFile(tempDir());
    expect((await clausebook('info', file)).status).toBe(0);
    expect((await clausebook('check', file)).status).toBe(0);
    expect((await clausebook('backups', file)).stdout).toEqual([
      'client.clausebook has no backups yet. Clausebook takes one each time it opens the workspace;',
      `take one now with: clausebook backup ${file}`,
    ]);
    expect(readdirSync(tempDir())).toEqual(['client.clausebook']);
  });

  it('backs up, lists, restores with --yes, and says how to undo', async () => {
    const file = await makeWorkspaceFile(tempDir());
    await setConsultant(file, 'Ana Costa');
    const backup = await clausebook('backup', file);
    expect(backup.status).toBe(0);
    const id =
      /^Backed up as (\S+) \(taken \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, manual, [\d.]+ (?:KiB|MiB), change log 0 entries\)\.$/.exec(
        backup.stdout[0] ?? '',
      )?.[1];
    expect(id, backup.stdout.join('\n')).toMatch(/^\d{8}-\d{6}-\d{3}-manual$/);

    const list = await clausebook('backups', file);
    expect(list.status).toBe(0);
    expect(list.stdout[0]).toMatch(
      new RegExp(
        `^Backups of client\\.clausebook, in ${userData.replace(/[/\\]/g, '.')}.backups.[0-9a-f-]{36}:$`,
      ),
    );
    expect(list.stdout[2]).toMatch(/^ID +TAKEN +KIND +SIZE +CHANGE LOG$/);
    expect(list.stdout[3]).toMatch(
      new RegExp(`^${id} +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +manual +[\\d.]+ (KiB|MiB) +0 entries$`),
    );
    expect(list.stdout.at(-1)).toBe(`Restore one with: clausebook restore ${file} --from <id> --yes`);
    const json = JSON.parse((await clausebook('backups', file, '--json')).stdout.join('\n')) as {
      backups: { id: string }[];
    };
    expect(json.backups.map((entry) => entry.id)).toEqual([id]);

    await setConsultant(file, 'Jonas Becker');
    const hash = sha256File(file);
    const asked = await clausebook('restore', file, '--from', id!);
    expect(asked.status).toBe(2);
    expect(asked.stdout[0]).toMatch(
      new RegExp(`^Would restore client\\.clausebook from backup ${id} \\(taken .+, manual, .+\\)\\.$`),
    );
    expect(asked.stderr).toEqual(['clausebook restore: nothing was changed; add --yes to restore.']);
    expect(sha256File(file)).toBe(hash);

    const restored = await clausebook('restore', file, '--from', id!, '--yes');
    expect(restored.status, restored.stderr.join('\n')).toBe(0);
    expect(restored.stdout[0]).toMatch(
      new RegExp(`^Restored client\\.clausebook from ${id} \\(taken .+\\): change log 0 entries\\.$`),
    );
    const undoId = /kept as backup (\S+)\. To undo:$/.exec(restored.stdout[1] ?? '')?.[1];
    expect(undoId).toMatch(/-before-restore$/);
    expect(restored.stdout[2]).toBe(`  clausebook restore ${file} --from ${undoId} --yes`);
    expect(await consultantOf(file)).toBe('Ana Costa');

    expect((await clausebook('restore', file, '--from', undoId!, '--yes')).status).toBe(0);
    expect(await consultantOf(file)).toBe('Jonas Becker');
  });

  it('restores from a backup file, and refuses a damaged one with one line and nothing changed', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    await setConsultant(file, 'Ana Costa');
    const copy = path.join(dir, 'copy.clausebook');
    expect((await clausebook('backup', file, copy)).status).toBe(0);
    await setConsultant(file, 'Jonas Becker');

    const broken = path.join(dir, 'broken.clausebook');
    writeFileSync(broken, Buffer.alloc(statSync(copy).size, 0x41));
    const before = folderState(dir);
    const refused = await clausebook('restore', file, '--from', broken, '--yes');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toEqual([
      'clausebook restore: broken.clausebook cannot be restored: it is not a Clausebook workspace. Nothing was changed.',
    ]);
    expect(folderState(dir)).toEqual(before);

    const restored = await clausebook('restore', file, '--from', copy, '--yes');
    expect(restored.status, restored.stderr.join('\n')).toBe(0);
    expect(restored.stdout[0]).toMatch(
      /^Restored client\.clausebook from copy\.clausebook: change log 0 entries\.$/,
    );
    expect(await consultantOf(file)).toBe('Ana Costa');
  });

  it('refuses to restore without --from, or from an id it does not have', async () => {
    const file = await makeWorkspaceFile(tempDir());
    const missing = await clausebook('restore', file, '--yes');
    expect(missing).toEqual({
      status: 2,
      stdout: [],
      stderr: [
        'clausebook restore: missing --from <id|backup file>. Usage: clausebook restore <file> --from <id|backup file> [--yes]',
      ],
    });
    const unknown = await clausebook('restore', file, '--from', '20260101-000000-000-manual');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toEqual([
      'clausebook restore: There is no backup 20260101-000000-000-manual of this workspace; "clausebook backups <file>" lists them. Nothing was changed.',
    ]);
  });
});

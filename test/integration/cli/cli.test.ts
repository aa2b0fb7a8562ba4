import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sha256File } from '../../helpers/file-state';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/workspace/migrations';
import { runCli, startServe } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp-dir';

describe('the clausebook command', () => {
  const tempDir = useTempDir();

  it('prints help for the whole tool and for every command, exiting 0', () => {
    const overview = runCli(['--help']);
    expect(overview.status).toBe(0);
    for (const command of ['new', 'demo', 'info', 'check', 'backup', 'serve']) {
      expect(overview.stdout).toContain(`  ${command} `);
      const help = runCli([command, '--help']);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain(`Usage: clausebook ${command}`);
    }
  });

  it('exits 2 with one line on stderr for usage errors', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['new', 'x.clausebook'],
      ['info'],
      ['info', 'a', 'b'],
      ['info', 'a', '--colour'],
      ['serve', 'a', '--port', 'eighty'],
    ]) {
      const result = runCli(args, { cwd: tempDir() });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      if (args.length > 0) expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('creates a workspace with new, describes it with info, and refuses to overwrite it', () => {
    const dir = tempDir();
    const created = runCli(['new', 'acme', '--org', 'Acme Cloud Services'], { cwd: dir });
    expect(created).toMatchObject({ status: 0, stderr: '' });
    expect(created.stdout).toContain(`Created ${path.join(dir, 'acme.clausebook')} for Acme Cloud Services.`);

    const info = runCli(['info', 'acme.clausebook', '--json'], { cwd: dir });
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      engagement: { clientOrganisation: 'Acme Cloud Services', auditType: 'stage1' },
      counts: {},
    });

    const before = sha256File(path.join(dir, 'acme.clausebook'));
    const again = runCli(['new', 'acme.clausebook', '--org', 'Other'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      'clausebook new: acme.clausebook already exists; open it, or choose another name for the new workspace.\n',
    );
    expect(sha256File(path.join(dir, 'acme.clausebook'))).toBe(before);
  });

  it('exits 1 when the input fails validation', () => {
    const result = runCli(['new', 'x.clausebook', '--org', ' '], { cwd: tempDir() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Enter the client organisation.');
  });

  it('writes the sample workspace with demo and prints a readable summary', () => {
    const dir = tempDir();
    expect(runCli(['demo', 'sample.clausebook'], { cwd: dir }).status).toBe(0);
    const info = runCli(['info', 'sample.clausebook'], { cwd: dir });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/^Client\s+Harbourline Managed Services Ltd$/m);
    expect(info.stdout).toMatch(/^Audit\s+Initial certification, stage 2, planned for \d{4}-\d{2}-\d{2}$/m);
    expect(info.stdout).toMatch(new RegExp(`^Format\\s+workspace schema ${LATEST_SCHEMA_VERSION}`, 'm'));
  });

  it('checks a sound workspace (exit 0), a damaged one (exit 1) and an unreadable one (exit 2)', () => {
    const dir = tempDir();
    runCli(['demo', 'a.clausebook'], { cwd: dir });
    expect(runCli(['check', 'a.clausebook'], { cwd: dir })).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(
        /^a\.clausebook: integrity ok, foreign keys ok, register counts ok, change log ok \(\d+ entries\)\.\n$/,
      ),
    });

    const broken = path.join(dir, 'a.clausebook');
    const db = new Database(broken);
    db.exec(
      'PRAGMA foreign_keys = OFF; CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id)) STRICT; INSERT INTO c VALUES (1, 5);',
    );
    db.close();
    const damaged = runCli(['check', 'a.clausebook'], { cwd: dir });
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toContain('foreign key: c row 1 points to a missing p');

    // Too damaged to open at all: the check has failed (exit 1), the input was still readable.
    const cut = path.join(dir, 'cut.clausebook');
    writeFileSync(cut, readFileSync(broken).subarray(0, 4096 + 100));
    const truncated = runCli(['check', 'cut.clausebook'], { cwd: dir });
    expect(truncated.status).toBe(1);
    expect(truncated.stderr).toMatch(/^clausebook check: cut\.clausebook is truncated/);

    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const unreadable = runCli(['check', 'notes.txt'], { cwd: dir });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toBe(
      'clausebook check: notes.txt is not a Clausebook workspace: it is not a SQLite database file.\n',
    );
  });

  it('backs up with the online backup API to a new file only', () => {
    const dir = tempDir();
    runCli(['demo', 'a.clausebook'], { cwd: dir });
    const backup = runCli(['backup', 'a.clausebook', 'a-copy.clausebook'], { cwd: dir });
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up to .*a-copy\.clausebook \(\d+\.\d (KiB|MiB)\)\.$/m);
    expect(runCli(['info', 'a-copy.clausebook', '--json'], { cwd: dir }).stdout).toContain(
      'Harbourline Managed Services Ltd',
    );
    const again = runCli(['backup', 'a.clausebook', 'a-copy.clausebook'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('serves the app: the first line is the address, the token opens it, stopping closes the workspace', async () => {
    const dir = tempDir();
    runCli(['demo', 'a.clausebook'], { cwd: dir });
    const server = await startServe(path.join(dir, 'a.clausebook'));
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/);
      const token = new URL(server.url).searchParams.get('token')!;
      const origin = new URL(server.url).origin;
      const page = await fetch(`${origin}/`, { headers: { authorization: `Bearer ${token}` } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const refused = await fetch(`${origin}/`);
      expect(refused.status).toBe(401);
      const about = await fetch(`${origin}/api/app.about`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(await about.json()).toMatchObject({
        ok: true,
        value: { name: 'Clausebook', transport: 'http', schemaVersion: LATEST_SCHEMA_VERSION },
      });
    } finally {
      await server.stop();
    }
    expect(existsSync(path.join(dir, 'a.clausebook-wal'))).toBe(false);
    expect(readFileSync(path.join(dir, 'a.clausebook')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

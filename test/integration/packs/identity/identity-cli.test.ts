import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateInfoSchema } from '../../../../src-main/core/packs/identity/certificate-info';
import { sha256File } from '../../../helpers/file-state';
import { run } from '../../../helpers/packs/pack-tools';
import { runPackCli, runPackCliInTerminal } from '../../../helpers/packs/pack-cli';
import { useTempDir } from '../../../helpers/temp-dir';

const passphrase = 'cli passphrase 7';
const withPassphrase = { CLAUSEBOOK_PASSPHRASE: passphrase };
const createArgs = [
  'identity',
  'create',
  '--name',
  'Priya Shah',
  '--org',
  'Lantern Audit LLP',
  '--email',
  'priya@lantern.example',
  '--out',
  'priya.p12',
];

// Each test runs the built CLI several times and makes an RSA key: generous time on a busy machine.
describe('clausebook identity', { timeout: 90_000 }, () => {
  const tempDir = useTempDir();

  it('creates an identity, shows it and exports its certificate, with the passphrase from the environment', () => {
    const cwd = tempDir();
    const created = runPackCli(createArgs, { cwd, env: withPassphrase });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(
      /^Created priya\.p12: the signing identity of Priya Shah \(Lantern Audit LLP, priya@lantern\.example\)\.$/m,
    );
    const fingerprint = /^Fingerprint\s+SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$/m.exec(
      created.stdout,
    )?.[1];
    expect(fingerprint).toBeDefined();
    expect(statSync(path.join(cwd, 'priya.p12')).mode & 0o777).toBe(0o600);

    const shown = runPackCli(['identity', 'show', 'priya.p12'], { cwd, env: withPassphrase });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(
      /^Issuer\s+CN=Priya Shah, O=Lantern Audit LLP, E=priya@lantern\.example \(self-signed\)$/m,
    );
    expect(shown.stdout).toMatch(/^Key\s+RSA 3072-bit \(private key present\)$/m);
    expect(shown.stdout).toContain(`SHA-256 ${fingerprint}`);
    const json = certificateInfoSchema.parse(
      JSON.parse(
        runPackCli(['identity', 'show', 'priya.p12', '--json'], { cwd, env: withPassphrase }).stdout,
      ),
    );
    expect(json.fingerprintSha256).toBe(fingerprint);

    const exported = runPackCli(['identity', 'export-cert', 'priya.p12', '--out', 'priya.pem'], {
      cwd,
      env: withPassphrase,
    });
    expect(exported.status).toBe(0);
    const pem = readFileSync(path.join(cwd, 'priya.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);
    expect(
      run('openssl', [
        'x509',
        '-in',
        path.join(cwd, 'priya.pem'),
        '-noout',
        '-fingerprint',
        '-sha256',
      ]).stdout.trim(),
    ).toBe(`sha256 Fingerprint=${fingerprint}`);
  });

  it('never overwrites an existing file', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'priya.p12'), 'keep me');
    const before = sha256File(path.join(cwd, 'priya.p12'));
    const again = runPackCli(createArgs, { cwd, env: withPassphrase });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      'clausebook identity: priya.p12 already exists; choose another name, or move the existing file away first.\n',
    );
    expect(sha256File(path.join(cwd, 'priya.p12'))).toBe(before);
  });

  it('takes the passphrase only from the environment or a terminal prompt, never from an argument', () => {
    const cwd = tempDir();
    const noPassphrase = runPackCli(createArgs, { cwd });
    expect(noPassphrase.status).toBe(2);
    expect(noPassphrase.stderr).toMatch(
      /^clausebook identity: no passphrase: set the CLAUSEBOOK_PASSPHRASE environment variable, or run the command in a terminal to be asked for it\./,
    );
    expect(existsSync(path.join(cwd, 'priya.p12'))).toBe(false);

    const asArgument = runPackCli([...createArgs, '--passphrase', passphrase], { cwd });
    expect(asArgument.status).toBe(2);
    expect(asArgument.stderr).toContain("Unknown option '--passphrase'");

    const short = runPackCli(createArgs, { cwd, env: { CLAUSEBOOK_PASSPHRASE: 'short' } });
    expect(short).toMatchObject({
      status: 1,
      stderr: 'clausebook identity: Choose a passphrase of at least 8 characters.\n',
    });
    expect(existsSync(path.join(cwd, 'priya.p12'))).toBe(false);
  });

  it('asks for the passphrase twice in a terminal without showing it', async () => {
    const cwd = tempDir();
    const typed = 'typed secret 99';
    const session = await runPackCliInTerminal(createArgs, {
      cwd,
      answers: [
        { prompt: 'Passphrase to protect priya.p12: ', answer: typed },
        { prompt: 'Repeat the passphrase: ', answer: typed },
      ],
    });
    expect(session.screen).toContain('Created priya.p12');
    expect(session.screen).not.toContain(typed);
    expect(session.status).toBe(0);
    expect(
      runPackCli(['identity', 'show', 'priya.p12'], { cwd, env: { CLAUSEBOOK_PASSPHRASE: typed } }).status,
    ).toBe(0);
  });

  it('says plainly when the passphrase is wrong, the file is not an identity, or the input is wrong', () => {
    const cwd = tempDir();
    expect(runPackCli(createArgs, { cwd, env: withPassphrase }).status).toBe(0);
    expect(
      runPackCli(['identity', 'show', 'priya.p12'], {
        cwd,
        env: { CLAUSEBOOK_PASSPHRASE: 'not the passphrase' },
      }),
    ).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'clausebook identity: priya.p12: The passphrase does not unlock this signing identity.\n',
    });
    writeFileSync(path.join(cwd, 'notes.txt'), 'meeting notes');
    const foreign = runPackCli(['identity', 'show', 'notes.txt'], { cwd, env: withPassphrase });
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(
      /^clausebook identity: notes\.txt: This file is not a signing identity Clausebook can use: /,
    );

    const badEmail = runPackCli(
      [...createArgs.slice(0, -1), 'other.p12'].map((arg) =>
        arg === 'priya@lantern.example' ? 'priya' : arg,
      ),
      {
        cwd,
        env: withPassphrase,
      },
    );
    expect(badEmail).toMatchObject({
      status: 1,
      stderr: 'clausebook identity: Enter an email address like name@example.com.\n',
    });
    expect(runPackCli(['identity', 'rename', 'priya.p12'], { cwd }).stderr).toMatch(
      /unknown action "rename"; use create, show or export-cert\./,
    );
    expect(runPackCli(['identity', 'show'], { cwd }).status).toBe(2);
  });
});

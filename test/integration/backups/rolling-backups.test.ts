import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { openBackupsHarness, START } from './backups-harness';

const MINUTE = 60_000;

describe('rolling backups', () => {
  const tempDir = useTempDir();

  it('take one when the workspace opens', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    const { backups, automatic } = await h.call('backups.list', {});
    expect(automatic).toBe(true);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      kind: 'on-open',
      takenAt: START.toISOString(),
      changeLog: { entries: 0 },
    });
    expect(backups[0]!.sizeBytes).toBeGreaterThan(0);
    h.session.closeSync();
  });

  it('take none while nothing changes, however long the workspace stays open', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    h.clock.advance(3 * 60 * MINUTE);
    expect(await h.backupFiles()).toHaveLength(1);
    h.session.closeSync();
  });

  it('back up every 15 minutes while changes happen, one backup per 15 minutes however many changes', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    await h.addService('Managed hosting');
    h.clock.advance(14 * MINUTE);
    expect(await h.backupFiles()).toHaveLength(1);
    h.clock.advance(1 * MINUTE);
    let { backups } = await h.call('backups.list', {});
    expect(backups.map((entry) => entry.kind)).toEqual(['interval', 'on-open']);
    expect(backups[0]).toMatchObject({
      takenAt: new Date(START.getTime() + 15 * MINUTE).toISOString(),
      changeLog: { entries: 1 },
    });

    await h.addService('Service desk');
    await h.addService('Backup and recovery');
    h.clock.advance(15 * MINUTE);
    ({ backups } = await h.call('backups.list', {}));
    expect(backups.map((entry) => entry.kind)).toEqual(['interval', 'interval', 'on-open']);
    expect(backups[0]!.changeLog).toMatchObject({ entries: 3 });

    // Quiet again: no more backups.
    h.clock.advance(60 * MINUTE);
    expect(await h.backupFiles()).toHaveLength(3);
    h.session.closeSync();
  });

  it('stop when the workspace is closed, and start again with a backup when it is reopened', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    await h.addService('Managed hosting');
    await h.call('workspace.close', {});
    expect(h.clock.running).toBe(0);
    h.clock.advance(60 * MINUTE);

    await h.call('workspace.open', { path: h.file });
    const { backups } = await h.call('backups.list', {});
    expect(backups.map((entry) => entry.kind)).toEqual(['on-open', 'on-open']);
    expect(backups[0]!.changeLog).toMatchObject({ entries: 1 });
    expect(h.clock.running).toBe(1);
    h.session.closeSync();
  });

  it('are not taken at all without the rolling option (one-shot commands such as info)', async () => {
    const h = await openBackupsHarness(tempDir());
    await h.addService('Managed hosting');
    h.clock.advance(60 * MINUTE);
    const listing = await h.call('backups.list', {});
    expect(listing.automatic).toBe(false);
    expect(listing.backups).toEqual([]);
    expect(h.clock.running).toBe(0);
    h.session.closeSync();
  });

  it('report a failed backup on the list, leave the workspace working, and recover by themselves', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    const folder = await h.folder();
    // The folder is replaced by a file: the next backup cannot be written there.
    renameSync(folder, `${folder}-away`);
    writeFileSync(folder, 'not a folder');

    await h.addService('Managed hosting');
    h.clock.advance(15 * MINUTE);
    const failed = await h.call('backups.list', {}).catch(() => null);
    expect(failed).toBeNull(); // the folder cannot be listed either
    await h.addService('Service desk');
    expect((await h.call('workspace.check', {})).ok).toBe(true);

    rmSync(folder);
    renameSync(`${folder}-away`, folder);
    let listing = await h.call('backups.list', {});
    expect(listing.lastFailure?.message).toBe(
      `The backups folder ${folder} could not be made: a file of that name is in the way. The workspace itself is unchanged.`,
    );
    expect(listing.lastFailure?.at).toBe(new Date(START.getTime() + 15 * MINUTE).toISOString());
    expect(listing.backups.map((entry) => entry.kind)).toEqual(['on-open']);

    h.clock.advance(15 * MINUTE);
    listing = await h.call('backups.list', {});
    expect(listing.lastFailure).toBeNull();
    expect(listing.backups.map((entry) => entry.kind)).toEqual(['interval', 'on-open']);
    expect(listing.backups[0]!.changeLog).toMatchObject({ entries: 2 });
    h.session.closeSync();
  });

  it('leave no partial file behind when the workspace is closed half-way through a backup (the app quitting)', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    const folder = await h.folder();
    const before = readdirSync(folder);
    // Enough pages that the backup takes several steps, with the event loop turning between them.
    await h.call('evidence.add', {
      fileName: 'network-diagram.bin',
      mediaType: 'application/octet-stream',
      content: randomBytes(6 * 1024 * 1024).toString('base64'),
      links: [],
    });
    const pending = h.call('backups.create', {}).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    while (!readdirSync(folder).some((name) => name.endsWith('.partial')))
      await new Promise((resolve) => setImmediate(resolve));
    h.session.closeSync();
    expect(await pending).toMatch(
      /^backups\.create failed: IO The backup could not be written: .+\. The workspace itself is unchanged\.$/,
    );
    expect(readdirSync(folder)).toEqual(before);
  });
});

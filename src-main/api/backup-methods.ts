import { z } from 'zod';
import { method } from './method-spec';
import { backupEntry, backupListing, restoreFileInput, restoreInput, restoreReport } from './schemas/backups';

const none = z.strictObject({});

/**
 * The open workspace's backups, kept in the user's app data: taken on open, every 15 minutes while
 * it changes, before a restore, and on request. The page names a backup by id, never by path.
 */
export const backupMethods = {
  'backups.list': method({
    access: 'renderer',
    summary: "The open workspace's backups, newest first: time, kind, size and change log head.",
    input: none,
    output: backupListing,
  }),
  'backups.create': method({
    access: 'renderer',
    summary: 'Back up the open workspace now (a manual backup), then prune by the retention policy.',
    input: none,
    output: backupEntry,
  }),
  'backups.restore': method({
    access: 'renderer',
    summary:
      'Replace the workspace with one of its backups, after checking it and backing up the current state.',
    input: restoreInput,
    output: restoreReport,
  }),
  'backups.restoreFile': method({
    access: 'local',
    summary: 'As backups.restore, from a backup file on this machine (the CLI).',
    input: restoreFileInput,
    output: restoreReport,
  }),
};

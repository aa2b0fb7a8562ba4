import { describe, expect, it } from 'vitest';
import { backupFileName, backupId, parseBackupName } from '../../../src-main/core/backups/backup-name';

describe('backup names', () => {
  it('carry the UTC time to the millisecond and the kind, and read back to the same', () => {
    const takenAt = new Date('2026-03-14T09:41:07.123Z');
    const id = backupId(takenAt, 'before-restore');
    expect(id).toBe('20260314-094107-123-before-restore');
    expect(backupFileName(id)).toBe('20260314-094107-123-before-restore.clausebook');
    expect(parseBackupName(backupFileName(id))).toEqual({ id, takenAt, kind: 'before-restore' });
    expect(parseBackupName(id)).toEqual({ id, takenAt, kind: 'before-restore' });
  });

  it('sort by time when sorted as text', () => {
    const ids = ['2026-12-01T00:00:00.000Z', '2026-03-14T09:41:07.123Z', '2026-03-14T09:41:07.124Z'].map(
      (iso) => backupId(new Date(iso), 'manual'),
    );
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('refuse anything that is not one of ours: other names, impossible dates, paths', () => {
    for (const name of [
      'client.clausebook',
      '20260314-094107-123-weekly.clausebook',
      '20261314-094107-123-manual.clausebook', // month 13
      '20260230-094107-123-manual', // 30 February
      '20260314-094107-123-manual.clausebook.partial',
      '../20260314-094107-123-manual',
      '20260314-094107-123-manual/../../x',
      '.20260314-094107-123-manual.1a2b3c.partial',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});

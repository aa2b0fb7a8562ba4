import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { runCli } from '../../helpers/cli';
import { exampleEngagement } from '../../helpers/workspace-fixtures';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, parsed, type Harness } from './api-harness';
import { customerInput, serviceInput } from './register-inputs';

/** Six changes to two records: create, update, create, update, delete, create. */
async function makeHistory(h: Harness) {
  const acme = await h.call('customers.create', customerInput('Acme Retail'));
  await h.call('customers.update', { id: acme.id, values: customerInput('Acme Retail Group') });
  const service = await h.call('services.create', serviceInput('Hosting', { customerIds: [acme.id] }));
  await h.call('services.update', { id: service.id, values: serviceInput('Managed Hosting') });
  await h.call('services.delete', { id: service.id });
  await h.call('services.create', serviceInput('Backup'));
  return { acme, service };
}

/** Opens the closed workspace file as a raw database, without the app's guards. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('the change log', () => {
  const tempDir = useTempDir();

  it('records every change with its actor, before and after, each entry chained to the one before', async () => {
    const h = await openHarness(tempDir());
    try {
      const { acme, service } = await makeHistory(h);
      const log = h.changeLog();
      expect(log.map((entry) => [entry.seq, entry.register, entry.operation])).toEqual([
        [1, 'customers', 'create'],
        [2, 'customers', 'update'],
        [3, 'services', 'create'],
        [4, 'services', 'update'],
        [5, 'services', 'delete'],
        [6, 'services', 'create'],
      ]);
      expect(log.every((entry) => entry.actor === exampleEngagement.consultantName)).toBe(true);
      expect(log.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
      expect(log[0]!.prev_hash).toBe(GENESIS_HASH);
      for (const [index, entry] of log.entries()) {
        if (index > 0) expect(entry.prev_hash).toBe(log[index - 1]!.hash);
        const { record_id: recordId, prev_hash: prevHash, before, after, ...rest } = entry;
        expect(entryHash({ ...rest, recordId, prevHash, before: parsed(before), after: parsed(after) })).toBe(
          entry.hash,
        );
      }
      expect(parsed(log[1]!.before)).toMatchObject({ name: 'Acme Retail' });
      expect(parsed(log[1]!.after)).toMatchObject({ name: 'Acme Retail Group' });
      expect(parsed(log[4]!.before)).toMatchObject({ id: service.id, name: 'Managed Hosting' });
      expect(log[4]!.after).toBeNull();
      expect(verifyChangeLog(h.db())).toEqual({ ok: true, entries: 6, firstBroken: null });

      // A record's history is its own entries, oldest first, even after it was deleted.
      const history = await h.call('records.history', { id: service.id });
      expect(history.map((entry) => [entry.seq, entry.operation])).toEqual([
        [3, 'create'],
        [4, 'update'],
        [5, 'delete'],
      ]);
      expect((await h.call('records.history', { id: acme.id })).map((entry) => entry.seq)).toEqual([1, 2]);
    } finally {
      h.close();
    }
  });

  it('names whoever the engagement names as consultant at the time of the change', async () => {
    const h = await openHarness(tempDir());
    try {
      await h.call('customers.create', customerInput('Acme Retail'));
      await h.call('engagement.update', { ...exampleEngagement, consultantName: 'Bram de Vries' });
      await h.call('customers.create', customerInput('Brightline'));
      expect(h.changeLog().map((entry) => entry.actor)).toEqual(['Ana Costa', 'Bram de Vries']);
    } finally {
      h.close();
    }
  });

  it('cannot be changed or shortened through SQL while its triggers stand', async () => {
    const h = await openHarness(tempDir());
    try {
      await makeHistory(h);
      expect(() => h.db().prepare("UPDATE change_log SET actor = 'Mallory' WHERE seq = 2").run()).toThrow(
        /append-only/,
      );
      expect(() => h.db().prepare('DELETE FROM change_log WHERE seq = 6').run()).toThrow(/append-only/);
      expect(verifyChangeLog(h.db()).ok).toBe(true);
    } finally {
      h.close();
    }
  });

  describe('tampered with behind the app’s back, fails `clausebook check` at the first broken link', () => {
    async function historyFile(): Promise<{ file: string; cwd: string }> {
      const cwd = tempDir();
      const h = await openHarness(cwd, 'ledger.clausebook');
      await makeHistory(h);
      h.close();
      const sound = runCli(['check', 'ledger.clausebook'], { cwd });
      expect(sound).toMatchObject({ status: 0, stderr: '' });
      expect(sound.stdout).toContain('change log ok (6 entries)');
      return { file: path.join(cwd, 'ledger.clausebook'), cwd };
    }

    it('when the content of an entry is changed', async () => {
      const { file, cwd } = await historyFile();
      tamper(
        file,
        `DROP TRIGGER change_log_no_update;
         UPDATE change_log SET after = json_set(after, '$.name', 'Forged Ltd') WHERE seq = 3;`,
      );
      const result = runCli(['check', 'ledger.clausebook'], { cwd });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'change log: the chain breaks at entry 3: its content was changed after it was written',
      );
    });

    it('when an entry is removed', async () => {
      const { file, cwd } = await historyFile();
      tamper(file, 'DROP TRIGGER change_log_no_delete; DELETE FROM change_log WHERE seq = 3;');
      const result = runCli(['check', 'ledger.clausebook'], { cwd });
      expect(result.status).toBe(1);
      // Entry 4 is the first whose link to the entry before it is broken.
      expect(result.stderr).toContain('change log: the chain breaks at entry 4: entry 3 is missing');
    });

    it('when the hashes of two entries are swapped', async () => {
      const { file, cwd } = await historyFile();
      tamper(
        file,
        `DROP TRIGGER change_log_no_update;
         UPDATE change_log SET hash = CASE seq
           WHEN 3 THEN (SELECT hash FROM change_log WHERE seq = 4)
           ELSE (SELECT hash FROM change_log WHERE seq = 3) END
         WHERE seq IN (3, 4);`,
      );
      const result = runCli(['check', 'ledger.clausebook'], { cwd });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('change log: the chain breaks at entry 3');
      expect(result.stderr).toMatch(/change log broken\.\n$/);
    });

    it('when the actor of an entry is rewritten', async () => {
      const { file, cwd } = await historyFile();
      tamper(
        file,
        "DROP TRIGGER change_log_no_update; UPDATE change_log SET actor = 'Mallory' WHERE seq = 5;",
      );
      const result = runCli(['check', 'ledger.clausebook'], { cwd });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('the chain breaks at entry 5');
    });
  });
});

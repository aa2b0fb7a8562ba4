import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, type ChangeInput } from './change-log';

/**
 * Appends a run of entries to the change log, each exactly as `appendChange` would: for a bulk
 * write such as an import of a million measurements. The chain's last entry is read once and
 * carried forward instead of being queried before every entry, and each hash is taken over the
 * canonical texts that are stored rather than over values serialised again.
 *
 * Only for a caller that holds the write transaction for the whole run and appends nothing by any
 * other means while it lasts.
 */
export function changeAppender(db: Database.Database): (change: ChangeInput) => void {
  const last = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const insert = db.prepare(
    `INSERT INTO change_log (seq, at, actor, register, record_id, operation, before, after, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (change) => {
    const next = seq + 1;
    const before =
      change.before === null || change.before === undefined ? null : canonicalJson(change.before);
    const after = change.after === null || change.after === undefined ? null : canonicalJson(change.after);
    // What `entryHash` hashes, built directly: the entry's canonical JSON has its keys in this
    // (sorted) order, and before and after are canonical texts already.
    const content =
      `{"actor":${JSON.stringify(change.actor)},"after":${after ?? 'null'},"at":${JSON.stringify(change.at)},` +
      `"before":${before ?? 'null'},"operation":${JSON.stringify(change.operation)},` +
      `"recordId":${JSON.stringify(change.recordId)},"register":${JSON.stringify(change.register)},"seq":${next}}`;
    const hash = createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
    insert.run(
      next,
      change.at,
      change.actor,
      change.register,
      change.recordId,
      change.operation,
      before,
      after,
      prevHash,
      hash,
    );
    seq = next;
    prevHash = hash;
  };
}

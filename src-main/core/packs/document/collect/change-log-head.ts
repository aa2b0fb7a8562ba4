import type Database from 'better-sqlite3';

/**
 * The head of the hash-chained change log: how many entries it holds and the hash of the newest.
 * Each hash covers every entry before it, so the pair pins the whole history the pack was made
 * from; a later `clausebook check` of the workspace can show that history was not rewritten since.
 */
export function changeLogHead(db: Database.Database): { entries: number; headHash: string | null } {
  const row = db
    .prepare(
      'SELECT (SELECT count(*) FROM change_log) AS entries, (SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1) AS headHash',
    )
    .get() as { entries: number; headHash: string | null };
  return { entries: row.entries, headHash: row.headHash };
}

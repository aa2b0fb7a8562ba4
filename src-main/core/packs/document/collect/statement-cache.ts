import type Database from 'better-sqlite3';

/**
 * The connection seen through a cache of prepared statements: `prepare` compiles each SQL text
 * once and hands the same statement back after that. Code that reads a record at a time (the
 * register export reads each record with its own queries) then costs one compiled statement per
 * query text rather than one per record, whose native memory would otherwise stay with the
 * process until the garbage collector got round to it (about 1 GB for 50,000 targets).
 *
 * Only for reading: the statements are run one at a time and never iterated in parallel.
 */
export function withStatementCache(db: Database.Database): Database.Database {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

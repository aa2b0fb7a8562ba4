import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Brings a database from its `user_version` to the newest migration, all steps in one
 * transaction that also sets `user_version`: either the whole upgrade lands or none of it.
 * Returns the versions applied.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): number[] {
  assertNumbered(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(`The database is at schema ${current}, newer than this version's ${latest}.`);
  }
  const pending = migrations.slice(current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return pending.map((migration) => migration.version);
}

function assertNumbered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is numbered ${migration.version}; expected ${index + 1}.`);
    }
  });
}

import type { Migration } from './migration';

/** The tables whose rows the workspace summary counts, as they were when this step was written. */
const tables = [
  'service',
  'customer',
  'supplier',
  'agreement',
  'target',
  'measurement',
  'review',
  'assessment',
  'evidence',
  'finding',
];

/**
 * The number of rows of each register table, kept by triggers as rows come and go. Counting a
 * million measurements walks a 60 MB index, which from a cold disk takes half a second at every
 * open; reading a kept count takes none. Triggers fire for every row whatever deletes it (a
 * statement, a foreign key cascade), and nothing in the app replaces rows (an INSERT OR REPLACE
 * would remove one without its trigger); `clausebook check` compares the kept counts with the tables.
 * The change log needs no count: its entries are numbered 1, 2, 3… without gaps (the chain check
 * proves it), so the highest number is the count, and appending stays as cheap as it was.
 * Like 0005 and 0006, safe to apply to a file that already has it: the counts are taken afresh.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'record counts',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS record_count (
        table_name TEXT PRIMARY KEY,
        row_count INTEGER NOT NULL CHECK (row_count >= 0)
      ) STRICT, WITHOUT ROWID;
    `);
    for (const table of tables) {
      db.exec(`
        INSERT OR REPLACE INTO record_count (table_name, row_count) SELECT '${table}', count(*) FROM "${table}";
        CREATE TRIGGER IF NOT EXISTS ${table}_counted_in AFTER INSERT ON "${table}"
        BEGIN UPDATE record_count SET row_count = row_count + 1 WHERE table_name = '${table}'; END;
        CREATE TRIGGER IF NOT EXISTS ${table}_counted_out AFTER DELETE ON "${table}"
        BEGIN UPDATE record_count SET row_count = row_count - 1 WHERE table_name = '${table}'; END;
      `);
    }
  },
};

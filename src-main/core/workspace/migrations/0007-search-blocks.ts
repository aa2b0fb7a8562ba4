import { searchRowidBaseSql } from '../../registers/search-index';
import type { Migration } from './migration';

/**
 * Moves every search entry into its register's block of rowids (see search-index.ts), keeping
 * their order, and rebuilds the record → entry map to match. A search within one register is then
 * a rowid range, so the list can count matches from the index alone and page through them without
 * reading each entry's register. An entry for a register that has no block, or a second entry for
 * the same record, cannot come from the app; they are dropped rather than carried out of step.
 * The index is merged into one segment afterwards, as a freshly built index would be. Safe to
 * apply again: entries already in their blocks keep their order and are numbered afresh.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'search blocks per register',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE search_move AS
        SELECT register, record_id, code, name, description,
               ${searchRowidBaseSql('register')}
                 + row_number() OVER (PARTITION BY register ORDER BY rowid) - 1 AS new_rowid
        FROM (
          SELECT rowid, *, row_number() OVER (PARTITION BY record_id ORDER BY rowid DESC) AS nth
          FROM record_search
        )
        WHERE nth = 1 AND ${searchRowidBaseSql('register')} IS NOT NULL;
      DELETE FROM record_search;
      DELETE FROM record_search_key;
      INSERT INTO record_search (rowid, register, record_id, code, name, description)
        SELECT new_rowid, register, record_id, code, name, description FROM search_move ORDER BY new_rowid;
      INSERT INTO record_search_key (record_id, search_rowid)
        SELECT record_id, new_rowid FROM search_move;
      DROP TABLE search_move;
      INSERT INTO record_search (record_search) VALUES ('optimize');
    `);
  },
};

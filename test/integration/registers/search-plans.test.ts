import { describe, expect, it } from 'vitest';
import { listSpecs } from '../../../src-main/core/registers/lists';
import { MATCHING_ENTRY_OF_RECORD, pageSql } from '../../../src-main/core/registers/lists/list-query';
import { searchRowids } from '../../../src-main/core/registers/search-index';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness } from './api-harness';

/**
 * A searched list walks the sort index only for the sort keys its spec names as indexed: for
 * those SQLite must read the rows in order and stop at the page, for the others it sorts anyway,
 * so there the list drives from the matches instead. Checked with SQLite's own query plans.
 */
describe('sort keys an index orders', () => {
  const tempDir = useTempDir();

  it('are exactly the ones whose searched page needs no sort of every row', async () => {
    const h = await openHarness(tempDir());
    try {
      for (const [register, spec] of Object.entries(listSpecs)) {
        for (const [key, sortSql] of Object.entries(spec.sortable)) {
          for (const direction of ['ASC', 'DESC'] as const) {
            const plan = (
              h
                .db()
                .prepare(
                  `EXPLAIN QUERY PLAN ${pageSql(spec, sortSql, direction, [MATCHING_ENTRY_OF_RECORD])}`,
                )
                .all({
                  today: '2026-01-01',
                  search: '"a"*',
                  ...searchRowids(spec.register),
                  limit: 100,
                  offset: 0,
                }) as { parent: number; detail: string }[]
            )
              // The outer query's own steps: subqueries in the select list sort their own rows.
              .filter((step) => step.parent === 0)
              .map((step) => step.detail)
              .join(' | ');
            const sortsEveryRow = /USE TEMP B-TREE FOR ORDER BY/.test(plan);
            expect({ register, key, direction, sortsEveryRow }).toEqual({
              register,
              key,
              direction,
              sortsEveryRow: !spec.indexedSorts.includes(key),
            });
          }
        }
      }
    } finally {
      h.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { searchRowids } from '../../../src-main/core/registers/search-index';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, type Harness } from './api-harness';
import { serviceInput } from './register-inputs';

const SERVICES = 50_000;

/**
 * Fills the services register with 50,000 rows in one statement, and their search entries in a
 * second, as the stores would have written them. Every 997th service is a "Payroll Gateway" so a
 * search has a scattered handful to find among the rest.
 */
function fillServices(h: Harness): void {
  const now = new Date().toISOString();
  h.db()
    .transaction(() => {
      h.db()
        .prepare(
          `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
           INSERT INTO service (id, code, name, description, owner, lifecycle, criticality, in_catalogue, created_at, updated_at)
           SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'
                    || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                  'SVC-' || printf('%05d', i),
                  CASE WHEN i % 997 = 0 THEN 'Payroll Gateway ' || i ELSE 'Generated Service ' || i END,
                  'Service number ' || i || ' of the load test',
                  'Owner ' || (i % 50),
                  CASE i % 10 WHEN 0 THEN 'pipeline' WHEN 1 THEN 'retired' ELSE 'live' END,
                  CASE i % 4 WHEN 0 THEN 'low' WHEN 1 THEN 'medium' WHEN 2 THEN 'high' ELSE 'critical' END,
                  CASE WHEN i % 10 >= 2 THEN 1 ELSE 0 END,
                  @now, @now
           FROM n`,
        )
        .run({ count: SERVICES, now });
      h.db()
        .prepare(
          `INSERT INTO record_search (rowid, register, record_id, code, name, description)
           SELECT @first + rowid, 'services', id, code, name, description || ' ' || owner FROM service`,
        )
        .run(searchRowids('services'));
      h.db()
        .prepare(
          `INSERT INTO record_search_key (record_id, search_rowid)
           SELECT record_id, rowid FROM record_search WHERE rowid BETWEEN @first AND @last`,
        )
        .run(searchRowids('services'));
    })
    .immediate();
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return result;
}

describe('a services register of 50,000 rows', () => {
  const tempDir = useTempDir();

  it('returns a page, a sorted page and a searched, filtered page with exact totals', async () => {
    const h = await openHarness(tempDir());
    try {
      await timed('fill 50,000 services and their search entries', async () => fillServices(h));

      const first = await timed('first page by code', () => h.call('services.list', { limit: 100 }));
      expect(first.total).toBe(SERVICES);
      expect(first.rows).toHaveLength(100);
      expect(first.rows[0]).toMatchObject({
        code: 'SVC-00001',
        name: 'Generated Service 1',
        lifecycle: 'retired',
      });
      expect(first.rows.at(-1)!.code).toBe('SVC-00100');

      const last = await timed('last page by name, descending', () =>
        h.call('services.list', {
          sort: { by: 'name', direction: 'desc' },
          offset: SERVICES - 50,
          limit: 100,
        }),
      );
      expect(last.total).toBe(SERVICES);
      expect(last.rows).toHaveLength(50);
      expect(last.rows.at(-1)!.name).toBe('Generated Service 1');

      const expected = h
        .db()
        .prepare(
          `SELECT code FROM service WHERE name LIKE 'Payroll Gateway %' AND lifecycle = 'live' AND criticality = 'critical'
           ORDER BY name COLLATE NOCASE`,
        )
        .pluck()
        .all() as string[];
      expect(expected.length).toBeGreaterThan(2);
      const searched = await timed('search "payroll" among live, critical services', () =>
        h.call('services.list', {
          search: 'payroll',
          filters: { lifecycle: 'live', criticality: 'critical' },
          sort: { by: 'name', direction: 'asc' },
          limit: 2,
        }),
      );
      expect(searched.total).toBe(expected.length);
      expect(searched.rows.map((row) => row.code)).toEqual(expected.slice(0, 2));

      // A word nearly every service has: the page comes from walking the code index.
      const common = h
        .db()
        .prepare(
          `SELECT code FROM service WHERE name LIKE 'Generated Service %' ORDER BY code LIMIT 100 OFFSET 200`,
        )
        .pluck()
        .all() as string[];
      const generated = await timed('search "generated", third page by code', () =>
        h.call('services.list', { search: 'generated', offset: 200, limit: 100 }),
      );
      expect(generated.total).toBe(
        h.db().prepare("SELECT count(*) FROM service WHERE name LIKE 'Generated Service %'").pluck().get(),
      );
      expect(generated.rows.map((row) => row.code)).toEqual(common);

      // A rare word, and a sort no index gives: the page comes from the matches, sorted.
      const rare = h
        .db()
        .prepare(
          `SELECT code FROM service WHERE name LIKE 'Payroll Gateway %'
           ORDER BY owner COLLATE NOCASE DESC, code DESC LIMIT 20`,
        )
        .pluck()
        .all() as string[];
      const byOwner = await timed('search "payroll gateway", by owner descending', () =>
        h.call('services.list', {
          search: 'payroll gateway',
          sort: { by: 'owner', direction: 'desc' },
          limit: 20,
        }),
      );
      expect(byOwner.total).toBe(Math.floor(SERVICES / 997));
      expect(byOwner.rows.map((row) => row.code)).toEqual(rare);
      const beyond = await h.call('services.list', { search: 'payroll', offset: 1_000, limit: 100 });
      expect(beyond).toEqual({ total: Math.floor(SERVICES / 997), rows: [] });

      const byCode = await timed('search by code', () => h.call('services.list', { search: 'SVC-12345' }));
      expect(byCode.rows.map((row) => row.code)).toEqual(['SVC-12345']);

      const added = await timed('create one more service through the API', () =>
        h.call('services.create', serviceInput('Payroll Gateway Extra')),
      );
      expect(added.code).toBe('SVC-50001');
      const found = await h.call('services.list', { search: 'payroll extra' });
      expect(found.rows.map((row) => row.code)).toEqual(['SVC-50001']);
    } finally {
      h.close();
    }
  });
});

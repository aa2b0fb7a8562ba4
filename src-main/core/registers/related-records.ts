import type Database from 'better-sqlite3';
import type { RecordRegisterName, RelatedGroup } from '../../api/schemas/registers/record-api';
import { judge } from './measurement-store';
import { latestPeriod, latestValue } from './lists/latest-measurement';
import type { Comparison } from '../../api/schemas/registers/target';

type Item = RelatedGroup['items'][number];

function group(register: RecordRegisterName, label: string, items: Item[]): RelatedGroup {
  return { register, label, items };
}

function items(db: Database.Database, sql: string, ...params: unknown[]): Item[] {
  return db.prepare(sql).all(...params) as Item[];
}

const kindLabel = `CASE kind WHEN 'external' THEN 'External supplier' WHEN 'internal' THEN 'Internal supplier' ELSE 'Customer acting as a supplier' END`;
const agreementDetail = `upper(type) || ' · ' || status || coalesce(' · ends ' || end_date, '')`;

function targetsWithPerformance(db: Database.Database, where: string, id: string): Item[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.code, r.name, r.comparison, r.threshold, r.unit,
         ${latestPeriod('r')} AS period, ${latestValue('r')} AS value
       FROM target r WHERE ${where} ORDER BY r.code`,
    )
    .all(id) as {
    id: string;
    code: string;
    name: string;
    comparison: Comparison | null;
    threshold: number | null;
    unit: string;
    period: string | null;
    value: number | null;
  }[];
  return rows.map((row) => {
    const target =
      row.comparison && row.threshold !== null
        ? `${row.comparison} ${row.threshold} ${row.unit}`.trim()
        : 'no threshold';
    if (row.value === null)
      return { id: row.id, code: row.code, name: row.name, detail: `${target} · never measured` };
    const met = judge(row.comparison, row.threshold, row.value);
    const verdict = met === null ? '' : met ? ' · met' : ' · breached';
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      detail: `${target} · ${row.value} ${row.unit} in ${row.period}${verdict}`.replace(/\s+/g, ' '),
    };
  });
}

/** The records related to one record, both ways: what it names and what names it. */
export function relatedRecords(
  db: Database.Database,
  register: RecordRegisterName,
  id: string,
): RelatedGroup[] {
  switch (register) {
    case 'services':
      return [
        group(
          'agreements',
          'Agreements covering this service',
          items(
            db,
            `SELECT id, code, title AS name, ${agreementDetail} AS detail FROM agreement WHERE id IN (SELECT agreement_id FROM agreement_service WHERE service_id = ?) ORDER BY code`,
            id,
          ),
        ),
        group('targets', 'Service level targets', targetsWithPerformance(db, 'r.service_id = ?', id)),
        group(
          'suppliers',
          'Suppliers involved',
          items(
            db,
            `SELECT id, code, name, ${kindLabel} AS detail FROM supplier WHERE id IN (SELECT supplier_id FROM supplier_service WHERE service_id = ? UNION SELECT supplier_id FROM supplier_raci WHERE service_id = ? UNION SELECT operated_by_supplier_id FROM service_component WHERE service_id = ?) ORDER BY code`,
            id,
            id,
            id,
          ),
        ),
        group(
          'customers',
          'Customers served',
          items(
            db,
            `SELECT id, code, name, kind AS detail FROM customer WHERE id IN (SELECT customer_id FROM service_customer WHERE service_id = ?) ORDER BY code`,
            id,
          ),
        ),
        group(
          'services',
          'Depends on',
          items(
            db,
            `SELECT id, code, name, lifecycle AS detail FROM service WHERE id IN (SELECT depends_on_id FROM service_dependency WHERE service_id = ?) ORDER BY code`,
            id,
          ),
        ),
        group(
          'services',
          'Depended on by',
          items(
            db,
            `SELECT id, code, name, lifecycle AS detail FROM service WHERE id IN (SELECT service_id FROM service_dependency WHERE depends_on_id = ?) ORDER BY code`,
            id,
          ),
        ),
      ];
    case 'customers':
      return [
        group(
          'services',
          'Services used',
          items(
            db,
            `SELECT id, code, name, lifecycle AS detail FROM service WHERE id IN (SELECT service_id FROM service_customer WHERE customer_id = ?) ORDER BY code`,
            id,
          ),
        ),
        group(
          'agreements',
          'Agreements',
          items(
            db,
            `SELECT id, code, title AS name, ${agreementDetail} AS detail FROM agreement WHERE customer_id = ? ORDER BY code`,
            id,
          ),
        ),
        group(
          'suppliers',
          'Acting as a supplier',
          items(
            db,
            `SELECT id, code, name, ${kindLabel} AS detail FROM supplier WHERE customer_id = ? ORDER BY code`,
            id,
          ),
        ),
      ];
    case 'suppliers':
      return [
        group(
          'agreements',
          'Agreements',
          items(
            db,
            `SELECT id, code, title AS name, ${agreementDetail} AS detail FROM agreement WHERE supplier_id = ? ORDER BY code`,
            id,
          ),
        ),
        group(
          'reviews',
          'Performance reviews',
          items(
            db,
            `SELECT id, code, 'Review of ' || review_date AS name, substr(outcome, 1, 120) AS detail FROM review WHERE supplier_id = ? ORDER BY review_date DESC`,
            id,
          ),
        ),
        group(
          'services',
          'Services supported',
          items(
            db,
            `SELECT id, code, name, lifecycle AS detail FROM service WHERE id IN (SELECT service_id FROM supplier_service WHERE supplier_id = ? UNION SELECT service_id FROM supplier_raci WHERE supplier_id = ? UNION SELECT service_id FROM service_component WHERE operated_by_supplier_id = ?) ORDER BY code`,
            id,
            id,
            id,
          ),
        ),
        group(
          'customers',
          'The customer it is',
          items(
            db,
            `SELECT c.id, c.code, c.name, c.kind AS detail FROM customer c JOIN supplier s ON s.customer_id = c.id WHERE s.id = ?`,
            id,
          ),
        ),
      ];
    case 'agreements':
      return [
        group('targets', 'Service level targets', targetsWithPerformance(db, 'r.agreement_id = ?', id)),
        group(
          'services',
          'Services covered',
          items(
            db,
            `SELECT id, code, name, lifecycle AS detail FROM service WHERE id IN (SELECT service_id FROM agreement_service WHERE agreement_id = ?) ORDER BY code`,
            id,
          ),
        ),
        group(
          'reviews',
          'Reviews',
          items(
            db,
            `SELECT id, code, 'Review of ' || review_date AS name, substr(outcome, 1, 120) AS detail FROM review WHERE agreement_id = ? ORDER BY review_date DESC`,
            id,
          ),
        ),
        group(
          'customers',
          'Customer',
          items(
            db,
            `SELECT c.id, c.code, c.name, c.kind AS detail FROM customer c JOIN agreement a ON a.customer_id = c.id WHERE a.id = ?`,
            id,
          ),
        ),
        group(
          'suppliers',
          'Supplier',
          items(
            db,
            `SELECT s.id, s.code, s.name, ${kindLabel.replace(/kind/g, 's.kind')} AS detail FROM supplier s JOIN agreement a ON a.supplier_id = s.id WHERE a.id = ?`,
            id,
          ),
        ),
      ];
    case 'targets':
      return [
        group(
          'agreements',
          'Agreement',
          items(
            db,
            `SELECT a.id, a.code, a.title AS name, ${agreementDetail.replace(/(type|status|end_date)/g, 'a.$1')} AS detail FROM agreement a JOIN target t ON t.agreement_id = a.id WHERE t.id = ?`,
            id,
          ),
        ),
        group(
          'services',
          'Service',
          items(
            db,
            `SELECT s.id, s.code, s.name, s.lifecycle AS detail FROM service s JOIN target t ON t.service_id = s.id WHERE t.id = ?`,
            id,
          ),
        ),
      ];
    case 'reviews':
      return [
        group(
          'agreements',
          'Agreement reviewed',
          items(
            db,
            `SELECT a.id, a.code, a.title AS name, ${agreementDetail.replace(/(type|status|end_date)/g, 'a.$1')} AS detail FROM agreement a JOIN review r ON r.agreement_id = a.id WHERE r.id = ?`,
            id,
          ),
        ),
        group(
          'suppliers',
          'Supplier reviewed',
          items(
            db,
            `SELECT s.id, s.code, s.name, ${kindLabel.replace(/kind/g, 's.kind')} AS detail FROM supplier s JOIN review r ON r.supplier_id = s.id WHERE r.id = ?`,
            id,
          ),
        ),
      ];
  }
}

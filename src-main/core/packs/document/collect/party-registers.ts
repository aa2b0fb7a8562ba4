import type Database from 'better-sqlite3';
import type { PackCustomer, PackService, PackSupplier } from '../pack-data';
import { pushTo } from './group';

/**
 * The service catalogue, customer and supplier register extracts, each register in one query plus
 * one for the names it lists (customers served, services supported), grouped in memory.
 */

interface ServiceRow extends Omit<PackService, 'catalogue' | 'customers'> {
  id: string;
  inCatalogue: 0 | 1;
  visibility: NonNullable<PackService['catalogue']>['visibility'];
  offerings: string;
  requestTypes: string;
  availabilityHours: string;
  targetsOffered: string;
}

export function collectServices(db: Database.Database): PackService[] {
  const customersOf = namesBy(
    db,
    `SELECT x.service_id AS owner, c.name FROM service_customer x JOIN customer c ON c.id = x.customer_id
     ORDER BY x.service_id, c.name COLLATE NOCASE`,
  );
  const rows = db
    .prepare(
      `SELECT id, code, name, description, owner, lifecycle, criticality, in_catalogue AS inCatalogue,
         catalogue_visibility AS visibility, catalogue_offerings AS offerings,
         catalogue_request_types AS requestTypes, catalogue_availability_hours AS availabilityHours,
         catalogue_targets_offered AS targetsOffered
       FROM service ORDER BY code`,
    )
    .all() as ServiceRow[];
  return rows.map(
    ({
      id,
      inCatalogue,
      visibility,
      offerings,
      requestTypes,
      availabilityHours,
      targetsOffered,
      ...service
    }) => ({
      ...service,
      catalogue:
        inCatalogue === 1 ? { visibility, offerings, requestTypes, availabilityHours, targetsOffered } : null,
      customers: customersOf.get(id) ?? [],
    }),
  );
}

interface CustomerRow extends Omit<PackCustomer, 'latestSatisfaction'> {
  score: number | null;
  measuredOn: string | null;
}

export function collectCustomers(db: Database.Database): PackCustomer[] {
  // The correlated counts and the latest survey each use an index on the customer's id.
  const rows = db
    .prepare(
      `SELECT r.code, r.name, r.kind, r.relationship_manager AS relationshipManager,
         (SELECT count(*) FROM service_customer WHERE customer_id = r.id) AS serviceCount,
         (SELECT count(*) FROM customer_complaint WHERE customer_id = r.id AND status IN ('open', 'investigating'))
           AS openComplaints,
         s.score, s.measured_on AS measuredOn
       FROM customer r
       LEFT JOIN customer_satisfaction s ON s.customer_id = r.id AND s.position = (
         SELECT position FROM customer_satisfaction WHERE customer_id = r.id
         ORDER BY measured_on DESC, position DESC LIMIT 1)
       ORDER BY r.code`,
    )
    .all() as CustomerRow[];
  return rows.map(({ score, measuredOn, ...customer }) => ({
    ...customer,
    latestSatisfaction: score !== null && measuredOn !== null ? { score, measuredOn } : null,
  }));
}

export function collectSuppliers(db: Database.Database): PackSupplier[] {
  const servicesOf = namesBy(
    db,
    `SELECT x.supplier_id AS owner, s.name FROM supplier_service x JOIN service s ON s.id = x.service_id
     ORDER BY x.supplier_id, s.name COLLATE NOCASE`,
  );
  const rows = db
    .prepare(
      `SELECT id, code, name, kind, risk_rating AS riskRating, provides_processes AS providesProcesses
       FROM supplier ORDER BY code`,
    )
    .all() as (Omit<PackSupplier, 'services'> & { id: string })[];
  return rows.map(({ id, ...supplier }) => ({ ...supplier, services: servicesOf.get(id) ?? [] }));
}

function namesBy(db: Database.Database, sql: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { owner, name } of db.prepare(sql).all() as { owner: string; name: string }[]) {
    pushTo(names, owner, name);
  }
  return names;
}

import { recordJson } from './record-json';

/**
 * SQL: the live services supplier `p` supports, as a JSON array of records in code order
 * (empty when there are none). A supplier supports a service it is recorded as providing, and one
 * with a part (component) it operates: either way it is in the scope of the services delivered.
 * Both lookups are indexed by supplier (the supplier_service key, service_component_by_supplier).
 */
export function supportedLiveServices(p: string): string {
  return `(SELECT json_group_array(json(record)) FROM (
      SELECT ${recordJson('services', 'v')} AS record FROM service v
      WHERE v.lifecycle = 'live' AND v.id IN (
        SELECT service_id FROM supplier_service WHERE supplier_id = ${p}.id
        UNION SELECT service_id FROM service_component WHERE operated_by_supplier_id = ${p}.id)
      ORDER BY v.code))`;
}

/** SQL: supplier `p` supports at least one live service. */
export function supportsLiveService(p: string): string {
  return `(EXISTS (SELECT 1 FROM supplier_service x JOIN service v ON v.id = x.service_id
      WHERE x.supplier_id = ${p}.id AND v.lifecycle = 'live')
    OR EXISTS (SELECT 1 FROM service_component c JOIN service v ON v.id = c.service_id
      WHERE c.operated_by_supplier_id = ${p}.id AND v.lifecycle = 'live'))`;
}

import type { ReadinessRecord, ReadinessRegister } from '../../../api/schemas/readiness';

/** SQL: the record of alias `r` as a JSON object in the shape of a finding's record. */
export function recordJson(register: ReadinessRegister, r: string, nameColumn = 'name'): string {
  return `json_object('register', '${register}', 'id', ${r}.id, 'code', ${r}.code, 'name', ${r}.${nameColumn})`;
}

/** Reads a JSON array of records built with `recordJson`; null (no rows) is an empty list. */
export function recordList(json: string | null): ReadinessRecord[] {
  return json === null ? [] : (JSON.parse(json) as ReadinessRecord[]);
}

export function record(
  register: ReadinessRegister,
  row: { id: string; code: string; name: string },
): ReadinessRecord {
  return { register, id: row.id, code: row.code, name: row.name };
}

/**
 * SQL: agreement `a` is in force on `day` (a bound parameter such as @today): agreed, started on
 * or before that day, and ending on or after it. An agreement that ends today is still in force
 * today; one that ended yesterday is not. Open start or end dates do not limit it.
 */
export function inForce(a: string, day = '@today'): string {
  return `(${a}.status = 'agreed' AND (${a}.start_date IS NULL OR ${a}.start_date <= ${day})
    AND (${a}.end_date IS NULL OR ${a}.end_date >= ${day}))`;
}

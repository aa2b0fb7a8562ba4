/**
 * SQL for "the latest measurement of target t breaches it", using the (target_id, period_start)
 * index: one index seek per target, never a scan of the measurements.
 */
export function latestValue(target: string): string {
  return `(SELECT value FROM measurement WHERE target_id = ${target}.id ORDER BY period_start DESC LIMIT 1)`;
}

export function latestPeriod(target: string): string {
  return `(SELECT period_start FROM measurement WHERE target_id = ${target}.id ORDER BY period_start DESC LIMIT 1)`;
}

/** True when the latest value fails the target's comparison; false when met, unmeasured or not judgeable. */
export function latestBreached(target: string): string {
  const v = latestValue(target);
  return `(${target}.threshold IS NOT NULL AND ${v} IS NOT NULL AND CASE ${target}.comparison
    WHEN '>=' THEN ${v} < ${target}.threshold
    WHEN '<=' THEN ${v} > ${target}.threshold
    WHEN '>' THEN ${v} <= ${target}.threshold
    WHEN '<' THEN ${v} >= ${target}.threshold
    WHEN '=' THEN abs(${v} - ${target}.threshold) >= 1e-9
    ELSE 0 END)`;
}

/**
 * SQL: `value` fails target `t`'s comparison against its threshold, as `judge` in the measurement
 * store decides it. False when the target has no comparison or threshold: it cannot be judged.
 */
export function breaches(value: string, t: string): string {
  return `(${t}.threshold IS NOT NULL AND CASE ${t}.comparison
    WHEN '>=' THEN ${value} < ${t}.threshold
    WHEN '<=' THEN ${value} > ${t}.threshold
    WHEN '>' THEN ${value} <= ${t}.threshold
    WHEN '<' THEN ${value} >= ${t}.threshold
    WHEN '=' THEN abs(${value} - ${t}.threshold) >= 1e-9
    ELSE 0 END)`;
}

/** How many measured periods "recent" means for a trend. */
export const RECENT_PERIODS = 6;

/** A trend rather than an incident: breached in at least this many of the recent periods. */
export const REPEATED_BREACHES = 4;

/**
 * SQL: the measurements as read through the (target_id, period_start, value) index, which answers
 * every question the rules ask of a target's measurements without reading a measurement row.
 * Named, so that all the seeks for one target land on the same index pages.
 */
export const measuredValues = 'measurement INDEXED BY measurement_by_target_period_value';

/** SQL: the target's latest `RECENT_PERIODS` measurements, newest first, read with one index seek. */
function recentMeasurements(t: string): string {
  return `SELECT period_start, value FROM ${measuredValues} WHERE target_id = ${t}.id
    ORDER BY period_start DESC LIMIT ${RECENT_PERIODS}`;
}

/** SQL: in how many of its recent measured periods target `t` was breached. */
export function recentBreachCount(t: string): string {
  return `(SELECT count(*) FROM (${recentMeasurements(t)}) AS recent WHERE ${breaches('recent.value', t)})`;
}

/** SQL: the recent measurements as a JSON array of { periodStart, value }, newest first. */
export function recentMeasurementsJson(t: string): string {
  return `(SELECT json_group_array(json_object('periodStart', period_start, 'value', value))
    FROM (${recentMeasurements(t)}))`;
}

export interface MeasuredValue {
  periodStart: string;
  value: number;
}

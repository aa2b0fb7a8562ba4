import { targetMetrics } from '../../../api/schemas/registers/target';
import type { TargetRow } from '../../../api/schemas/registers/lists';
import { judge } from '../measurement-store';
import { latestBreached, latestPeriod, latestValue } from './latest-measurement';
import { flag, oneOf, type ListSpec } from './list-query';
import type { Comparison } from '../../../api/schemas/registers/target';

export const targetList: ListSpec = {
  register: 'targets',
  from: 'target AS r JOIN agreement a ON a.id = r.agreement_id LEFT JOIN service s ON s.id = r.service_id',
  select: `r.id, r.code, r.name, r.agreement_id, a.code AS agreement_code, s.name AS service_name, r.metric,
    r.comparison, r.threshold, r.unit, r.period, ${latestPeriod('r')} AS latest_period, ${latestValue('r')} AS latest_value`,
  sortable: {
    code: 'r.code',
    name: 'r.name COLLATE NOCASE',
    agreement: 'a.code',
    service: 's.name COLLATE NOCASE',
    metric: 'r.metric',
    latestPeriod: 'latest_period',
  },
  indexedSorts: ['code', 'name'],
  defaultSort: 'code',
  filters: {
    metric: oneOf('r.metric', targetMetrics, 'metric'),
    agreementId: (value) => ({ sql: 'r.agreement_id = ?', params: [value] }),
    serviceId: (value) => ({ sql: 'r.service_id = ?', params: [value] }),
    breached: flag(latestBreached('r')),
    unmeasurable: flag("r.comparison IS NULL OR r.threshold IS NULL OR r.unit = '' OR r.period IS NULL"),
  },
  toRow: (raw): TargetRow => {
    const latestValueNumber = (raw.latest_value as number | null) ?? null;
    return {
      id: raw.id as string,
      code: raw.code as string,
      name: raw.name as string,
      agreementId: raw.agreement_id as string,
      agreementCode: raw.agreement_code as string,
      serviceName: (raw.service_name as string | null) ?? null,
      metric: raw.metric as string,
      comparison: (raw.comparison as string | null) ?? null,
      threshold: (raw.threshold as number | null) ?? null,
      unit: raw.unit as string,
      period: (raw.period as string | null) ?? null,
      latestPeriod: (raw.latest_period as string | null) ?? null,
      latestValue: latestValueNumber,
      latestMet:
        latestValueNumber === null
          ? null
          : judge(
              (raw.comparison as Comparison | null) ?? null,
              (raw.threshold as number | null) ?? null,
              latestValueNumber,
            ),
    };
  },
};

import type { TargetValues } from '../../../api/schemas/registers/target';
import { listMeasurements, withoutVerdict } from '../measurement-store';
import { nullableText, real, text, type RegisterSpec } from '../register-spec';

/**
 * Service level targets on an agreement (8.3.3). Their measurements belong to them and go with
 * them when a target is deleted.
 */
export const targetSpec: RegisterSpec<TargetValues> = {
  register: 'targets',
  table: 'target',
  label: 'target',
  codePrefix: 'TGT',
  columns: {
    agreementId: text('agreement_id'),
    serviceId: nullableText('service_id'),
    name: text('name'),
    metric: text('metric'),
    comparison: nullableText('comparison'),
    threshold: real('threshold'),
    unit: text('unit'),
    period: nullableText('period'),
  },
  searchText: (values) => ({ name: values.name, description: `${values.metric} ${values.unit}` }),
  references: (values) => [
    { table: 'agreement', label: 'agreement', ids: [values.agreementId], path: () => ['agreementId'] },
    { table: 'service', label: 'service', ids: [values.serviceId], path: () => ['serviceId'] },
  ],
  referrers: () => [],
  ownedRecords: (db, id) =>
    listMeasurements(db, id).map((measurement) => ({
      register: 'measurements',
      id: measurement.id,
      before: withoutVerdict(measurement),
    })),
};

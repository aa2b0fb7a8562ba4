import type { Target } from '../../../../../src-main/api/schemas/registers/target';
import { Card } from '../../../../shared/components/Card';
import { formatWithUnit } from '../../../../shared/format/number';
import { comparisonLabels, labelOf, metricLabels, periodLabels } from '../../model/enum-labels';
import { MeasurementsPanel } from '../../measurements/MeasurementsPanel';
import { Facts, NotRecorded, RecordLink, TextValue } from '../detail-parts';

export function TargetDetails({ record }: { record: Target }) {
  return (
    <>
      <Card title="Target">
        <Facts
          rows={[
            ['Agreement', <RecordLink register="agreements" id={record.agreementId} />],
            [
              'Service',
              record.serviceId ? (
                <RecordLink register="services" id={record.serviceId} />
              ) : (
                <NotRecorded>Not tied to one service</NotRecorded>
              ),
            ],
            ['Metric', labelOf(metricLabels, record.metric)],
            [
              'Threshold',
              record.comparison !== null && record.threshold !== null ? (
                `${labelOf(comparisonLabels, record.comparison)} ${formatWithUnit(record.threshold, record.unit)}`
              ) : (
                <NotRecorded />
              ),
            ],
            ['Unit', <TextValue value={record.unit} />],
            ['Measured', record.period ? labelOf(periodLabels, record.period) : <NotRecorded />],
          ]}
        />
      </Card>
      <MeasurementsPanel target={record} />
    </>
  );
}

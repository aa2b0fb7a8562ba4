import type { Service } from '../../../../../src-main/api/schemas/registers/service';
import { Card } from '../../../../shared/components/Card';
import { criticalityLabels, labelOf, lifecycleLabels, visibilityLabels } from '../../model/enum-labels';
import { Facts, MiniTable, NotRecorded, RecordLink, RecordLinks, TextValue } from '../detail-parts';

export function ServiceDetails({ record }: { record: Service }) {
  const { catalogue } = record;
  return (
    <>
      <Card title="Service">
        <Facts
          rows={[
            ['Owner', <TextValue value={record.owner} />],
            ['Lifecycle', labelOf(lifecycleLabels, record.lifecycle)],
            ['Criticality', labelOf(criticalityLabels, record.criticality)],
            ['Customers served', <RecordLinks register="customers" ids={record.customerIds} />],
            ['Depends on', <RecordLinks register="services" ids={record.dependsOnIds} />],
            ['Description', <TextValue value={record.description} />, 'wide'],
          ]}
        />
      </Card>
      <Card title="Catalogue entry">
        {catalogue.inCatalogue ? (
          <Facts
            rows={[
              ['Visibility', labelOf(visibilityLabels, catalogue.visibility)],
              ['Availability hours', <TextValue value={catalogue.availabilityHours} />],
              ['Offerings', <TextValue value={catalogue.offerings} />, 'wide'],
              ['Request types', <TextValue value={catalogue.requestTypes} />, 'wide'],
              ['Service levels offered', <TextValue value={catalogue.targetsOffered} />, 'wide'],
            ]}
          />
        ) : (
          <p className="card__empty">Not in the service catalogue (8.2.4).</p>
        )}
      </Card>
      <Card title="Components">
        <MiniTable
          label="Components"
          columns={[{ header: 'Name' }, { header: 'Type' }, { header: 'Owner' }, { header: 'Operated by' }]}
          rows={record.components.map((component) => [
            component.name,
            <TextValue value={component.type} empty="—" />,
            <TextValue value={component.owner} empty="—" />,
            component.operatedBySupplierId ? (
              <RecordLink register="suppliers" id={component.operatedBySupplierId} />
            ) : (
              <NotRecorded>In house</NotRecorded>
            ),
          ])}
          empty="No components or configuration items recorded."
        />
      </Card>
    </>
  );
}

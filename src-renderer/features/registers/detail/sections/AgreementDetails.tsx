import type { Agreement } from '../../../../../src-main/api/schemas/registers/agreement';
import { Card } from '../../../../shared/components/Card';
import { agreementStatusLabels, agreementTypeLongLabels, labelOf } from '../../model/enum-labels';
import {
  DateValue,
  Facts,
  NotRecorded,
  RecordLink,
  RecordLinks,
  TextValue,
  type FactRow,
} from '../detail-parts';

function months(count: number | null) {
  return count ? `Every ${count} month${count === 1 ? '' : 's'}` : <NotRecorded />;
}

export function AgreementDetails({ record }: { record: Agreement }) {
  const parties: FactRow[] = [];
  if (record.customerId)
    parties.push(['Customer', <RecordLink register="customers" id={record.customerId} />]);
  if (record.supplierId)
    parties.push(['Supplier', <RecordLink register="suppliers" id={record.supplierId} />]);
  if (parties.length === 0) parties.push(['With', <NotRecorded />]);
  return (
    <>
      <Card title="Agreement">
        <Facts
          rows={[
            ['Type', labelOf(agreementTypeLongLabels, record.type)],
            ...parties,
            ['Status', labelOf(agreementStatusLabels, record.status)],
            ['Owner', <TextValue value={record.owner} />],
            ['Services covered', <RecordLinks register="services" ids={record.serviceIds} />],
            ['Description', <TextValue value={record.description} />, 'wide'],
          ]}
        />
      </Card>
      <Card title="Term and review">
        <Facts
          rows={[
            ['Start', <DateValue date={record.startDate} />],
            ['End', <DateValue date={record.endDate} empty="Open-ended" />],
            [
              'Notice period',
              record.noticePeriodDays === null ? (
                <NotRecorded />
              ) : (
                `${record.noticePeriodDays} day${record.noticePeriodDays === 1 ? '' : 's'}`
              ),
            ],
            ['Review cadence', months(record.reviewCadenceMonths)],
            ['Last review', <DateValue date={record.lastReviewDate} />],
            ['Next review', <DateValue date={record.nextReviewDate} empty="Not planned" />],
          ]}
        />
      </Card>
      <Card title="Documents">
        {record.documentLinks.length === 0 ? (
          <p className="card__empty">No documents linked. Add where the signed agreement is kept.</p>
        ) : (
          <ul className="document-list">
            {record.documentLinks.map((link, index) => (
              <li key={index} className="document-list__item">
                {link}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

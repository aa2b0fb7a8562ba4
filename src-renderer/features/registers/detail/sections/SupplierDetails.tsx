import type { Supplier } from '../../../../../src-main/api/schemas/registers/supplier';
import { Card } from '../../../../shared/components/Card';
import { formatShortDate } from '../../../../shared/format/calendar-date';
import { formatNumber } from '../../../../shared/format/number';
import { labelOf, raciRoleLabels, riskRatingLabels, supplierKindLabels } from '../../model/enum-labels';
import { ContactsTable } from './ContactsTable';
import {
  DateValue,
  Facts,
  MiniTable,
  RecordLink,
  RecordLinks,
  TextValue,
  type FactRow,
} from '../detail-parts';

/** The weighted mean of the evaluation scores, or null without weights. */
function weightedScore(evaluations: Supplier['evaluations']): number | null {
  const weight = evaluations.reduce((sum, entry) => sum + entry.weight, 0);
  if (weight <= 0) return null;
  return evaluations.reduce((sum, entry) => sum + entry.score * entry.weight, 0) / weight;
}

export function SupplierDetails({ record }: { record: Supplier }) {
  const score = weightedScore(record.evaluations);
  const rows: FactRow[] = [
    ['Kind', labelOf(supplierKindLabels, record.kind)],
    ...(record.customerId
      ? ([['Customer', <RecordLink register="customers" id={record.customerId} />]] as FactRow[])
      : []),
    ['Risk rating', labelOf(riskRatingLabels, record.riskRating)],
    [
      'Review cadence',
      record.reviewCadenceMonths ? (
        `Every ${record.reviewCadenceMonths} month${record.reviewCadenceMonths === 1 ? '' : 's'}`
      ) : (
        <TextValue value="" />
      ),
    ],
    ['Last review', <DateValue date={record.lastReviewDate} />],
    ['Next review', <DateValue date={record.nextReviewDate} empty="Not planned" />],
    ['Services provided', <RecordLinks register="services" ids={record.providesServiceIds} />],
    ['Processes provided', <TextValue value={record.providesProcesses} />, 'wide'],
    ['Description', <TextValue value={record.description} />, 'wide'],
  ];
  return (
    <>
      <Card title="Supplier">
        <Facts rows={rows} />
      </Card>
      <Card title="Contacts">
        <ContactsTable contacts={record.contacts} />
      </Card>
      <Card
        title="Selection and evaluation"
        action={
          score !== null ? (
            <span className="card__meta">Weighted score {formatNumber(Math.round(score * 100) / 100)}</span>
          ) : undefined
        }
      >
        <MiniTable
          label="Evaluations"
          columns={[
            { header: 'Date', width: '116px' },
            { header: 'Criterion' },
            { header: 'Score', numeric: true, width: '70px' },
            { header: 'Weight', numeric: true, width: '70px' },
            { header: 'Notes' },
          ]}
          rows={record.evaluations.map((entry) => [
            formatShortDate(entry.evaluatedOn),
            entry.criterion,
            formatNumber(entry.score),
            formatNumber(entry.weight),
            <TextValue value={entry.notes} empty="—" />,
          ])}
          empty="No selection or evaluation criteria recorded."
        />
      </Card>
      <Card title="Roles and responsibilities">
        <MiniTable
          label="RACI"
          columns={[{ header: 'Service' }, { header: 'Activity' }, { header: 'Role', width: '130px' }]}
          rows={record.raci.map((entry) => [
            <RecordLink register="services" id={entry.serviceId} />,
            entry.activity,
            `${entry.role} · ${labelOf(raciRoleLabels, entry.role)}`,
          ])}
          empty="No RACI assignments recorded."
        />
      </Card>
    </>
  );
}

import type { Review } from '../../../../../src-main/api/schemas/registers/review';
import { Card } from '../../../../shared/components/Card';
import { StatusChip } from '../../../../shared/components/StatusChip';
import { formatShortDate } from '../../../../shared/format/calendar-date';
import { actionStatusLabels, labelOf, reviewSubjectLabels } from '../../model/enum-labels';
import { DateValue, Facts, MiniTable, RecordLink, TextValue } from '../detail-parts';

export function ReviewDetails({ record, today }: { record: Review; today: string }) {
  return (
    <>
      <Card title="Review">
        <Facts
          rows={[
            ['Kind', labelOf(reviewSubjectLabels, record.subject)],
            record.subject === 'agreement' && record.agreementId
              ? ['Agreement', <RecordLink register="agreements" id={record.agreementId} />]
              : [
                  'Supplier',
                  record.supplierId ? <RecordLink register="suppliers" id={record.supplierId} /> : '—',
                ],
            ['Date', <DateValue date={record.reviewDate} />],
            ['Participants', <TextValue value={record.participants} />, 'wide'],
            ['Outcome', <TextValue value={record.outcome} />, 'wide'],
          ]}
        />
      </Card>
      <Card title="Actions">
        <MiniTable
          label="Actions"
          columns={[
            { header: 'Action' },
            { header: 'Owner', width: '150px' },
            { header: 'Due', width: '116px' },
            { header: 'Status', width: '120px' },
          ]}
          rows={record.actions.map((action) => {
            const overdue = action.status === 'open' && action.dueDate !== null && action.dueDate < today;
            return [
              action.description,
              <TextValue value={action.owner} empty="—" />,
              action.dueDate ? formatShortDate(action.dueDate) : '—',
              overdue ? (
                <StatusChip label="Overdue" tone="danger" />
              ) : (
                <StatusChip
                  label={labelOf(actionStatusLabels, action.status)}
                  tone={action.status === 'done' ? 'success' : 'neutral'}
                />
              ),
            ];
          })}
          empty="No actions were agreed."
        />
      </Card>
    </>
  );
}

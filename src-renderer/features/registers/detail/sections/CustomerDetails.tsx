import type { Customer } from '../../../../../src-main/api/schemas/registers/customer';
import { Card } from '../../../../shared/components/Card';
import { StatusChip } from '../../../../shared/components/StatusChip';
import { formatShortDate } from '../../../../shared/format/calendar-date';
import { formatNumber } from '../../../../shared/format/number';
import { complaintStatusLabels, customerKindLabels, labelOf } from '../../model/enum-labels';
import { ContactsTable } from './ContactsTable';
import { Facts, MiniTable, TextValue } from '../detail-parts';

export function CustomerDetails({ record }: { record: Customer }) {
  const satisfaction = [...record.satisfaction].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  const complaints = [...record.complaints].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  return (
    <>
      <Card title="Customer">
        <Facts
          rows={[
            ['Kind', labelOf(customerKindLabels, record.kind)],
            ['Relationship manager', <TextValue value={record.relationshipManager} />],
            ['Description', <TextValue value={record.description} />, 'wide'],
          ]}
        />
      </Card>
      <Card title="Contacts">
        <ContactsTable contacts={record.contacts} />
      </Card>
      <Card title="Satisfaction">
        <MiniTable
          label="Satisfaction measurements"
          columns={[
            { header: 'Date', width: '130px' },
            { header: 'Score', numeric: true, width: '80px' },
            { header: 'Comment' },
          ]}
          rows={satisfaction.map((entry) => [
            formatShortDate(entry.measuredOn),
            formatNumber(entry.score),
            <TextValue value={entry.comment} empty="—" />,
          ])}
          empty="No satisfaction measurements recorded."
        />
      </Card>
      <Card title="Complaints">
        <MiniTable
          label="Complaints"
          columns={[
            { header: 'Received', width: '120px' },
            { header: 'Complaint' },
            { header: 'Status', width: '130px' },
            { header: 'Resolution' },
          ]}
          rows={complaints.map((complaint) => [
            formatShortDate(complaint.receivedOn),
            complaint.description,
            <StatusChip
              label={labelOf(complaintStatusLabels, complaint.status)}
              tone={
                complaint.status === 'open' || complaint.status === 'investigating' ? 'warning' : 'neutral'
              }
            />,
            <TextValue value={complaint.resolution} empty="—" />,
          ])}
          empty="No complaints recorded."
        />
      </Card>
    </>
  );
}

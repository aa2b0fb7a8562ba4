import type { AgreementEnd, AgreementEnds } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { formatShortDate } from '../../shared/format/calendar-date';
import { listStores } from '../registers/list/list-store';
import { agreementStatusLabels, agreementTypeLabels } from '../registers/model/enum-labels';
import { detailHref, listHref } from '../registers/model/register-routes';
import { EmptyNote, MoreNote, plural, RecordList, Tally, type RecordRow } from './dashboard-parts';

function when(agreement: AgreementEnd): string {
  const days = agreement.daysUntilEnd;
  if (days < 0) return `ended ${plural(-days, 'day')} ago`;
  if (days === 0) return 'ends today';
  return `ends in ${plural(days, 'day')}`;
}

function toRow(agreement: AgreementEnd): RecordRow {
  const type = agreementTypeLabels[agreement.type];
  // An ended agreement still called "agreed" is the odd one out: say so.
  const status =
    agreement.daysUntilEnd < 0 ? `, ${agreementStatusLabels[agreement.status].toLowerCase()}` : '';
  return {
    key: agreement.id,
    href: detailHref('agreements', agreement.id),
    code: agreement.code,
    name: agreement.title,
    detail: `${type}${status}${agreement.counterparty ? ` · ${agreement.counterparty}` : ''}`,
    when: when(agreement),
    date: formatShortDate(agreement.endDate),
    tone: agreement.daysUntilEnd < 0 ? 'danger' : agreement.daysUntilEnd <= 30 ? 'warning' : 'neutral',
  };
}

function showEndingSoon() {
  listStores.agreements.getState().show({ endingSoon: 'yes' });
}

/** Contracts and other agreements that ended lately or end within 60 days, each a link to it. */
export function AgreementsEndingCard({
  agreements,
  registersEmpty,
}: {
  agreements: AgreementEnds;
  registersEmpty: boolean;
}) {
  const listed = agreements.ended + agreements.endingWithin60;
  return (
    <Card title="Contracts and agreements ending" className="dash-card dash-card--list">
      {!registersEmpty && (
        <Tally
          label="Agreements by when they end"
          entries={[
            { label: 'Ended', count: agreements.ended, tone: 'danger' },
            { label: 'Next 30 days', count: agreements.endingWithin30, tone: 'warning' },
            { label: 'Next 60 days', count: agreements.endingWithin60, tone: 'neutral' },
          ]}
        />
      )}
      {listed === 0 ? (
        <EmptyNote>
          {registersEmpty
            ? 'Agreements you record with an end date show here from 60 days before they end.'
            : 'No agreement ended in the last 90 days or ends in the next 60.'}
        </EmptyNote>
      ) : (
        <RecordList label="Agreements ended or ending" rows={agreements.rows.map(toRow)} />
      )}
      <MoreNote shown={agreements.rows.length} total={listed}>
        {agreements.endingWithin60 > 0 && (
          <a href={listHref('agreements')} onClick={showEndingSoon}>
            All agreements ending within 60 days
          </a>
        )}
      </MoreNote>
    </Card>
  );
}

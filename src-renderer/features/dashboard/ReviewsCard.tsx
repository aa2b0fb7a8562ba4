import type { ReviewDue, ReviewSchedule } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { formatShortDate } from '../../shared/format/calendar-date';
import { detailHref } from '../registers/model/register-routes';
import { EmptyNote, MoreNote, plural, RecordList, Tally, type RecordRow } from './dashboard-parts';

function when(days: number): string {
  if (days < 0) return `${plural(-days, 'day')} overdue`;
  if (days === 0) return 'due today';
  return `due in ${plural(days, 'day')}`;
}

function toRow(review: ReviewDue): RecordRow {
  return {
    key: review.id,
    href: detailHref(review.register, review.id),
    code: review.code,
    name: review.name,
    detail: review.register === 'suppliers' ? 'Supplier review' : 'Agreement review',
    when: when(review.daysUntilDue),
    date: formatShortDate(review.dueDate),
    tone: review.daysUntilDue < 0 ? 'danger' : review.daysUntilDue <= 30 ? 'warning' : 'neutral',
  };
}

/** Supplier and agreement reviews overdue or due in the next 60 days, each a link to its record. */
export function ReviewsCard({
  reviews,
  registersEmpty,
}: {
  reviews: ReviewSchedule;
  registersEmpty: boolean;
}) {
  const listed = reviews.overdue + reviews.dueWithin60;
  return (
    <Card title="Reviews due" className="dash-card dash-card--list">
      {!registersEmpty && (
        <Tally
          label="Reviews by when they are due"
          entries={[
            { label: 'Overdue', count: reviews.overdue, tone: 'danger' },
            { label: 'Next 30 days', count: reviews.dueWithin30, tone: 'warning' },
            { label: 'Next 60 days', count: reviews.dueWithin60, tone: 'neutral' },
          ]}
        />
      )}
      {listed === 0 ? (
        <EmptyNote>
          {registersEmpty
            ? 'Suppliers and agreements you record with a review date show here as the date comes near.'
            : 'No supplier or agreement review is overdue or due in the next 60 days.'}
        </EmptyNote>
      ) : (
        <RecordList label="Reviews overdue or due soon" rows={reviews.rows.map(toRow)} />
      )}
      <MoreNote shown={reviews.rows.length} total={listed} />
      {reviews.notPlanned > 0 && (
        <p className="dash-note dash-note--warning">
          {plural(reviews.notPlanned, 'supplier or agreement', 'suppliers and agreements')}{' '}
          {reviews.notPlanned === 1 ? 'has' : 'have'} no review planned at all.
        </p>
      )}
    </Card>
  );
}

import type { Chip } from '../../../shared/components/StatusChip';
import { daysBetween, formatCalendarDate } from '../../../shared/format/calendar-date';
import { reviewSubjectLabels } from '../model/enum-labels';
import { newHref } from '../model/register-routes';
import type { RegisterId } from '../model/registers';
import { endChip, isMeasurable } from '../model/status-chips';
import type { AnyRecord, RecordOf } from '../state/record-store';
import type { GroupAction } from './RelatedPanel';

/** What a record is called in headings and links. */
export function recordName(register: RegisterId, record: AnyRecord): string {
  switch (register) {
    case 'agreements':
      return (record as RecordOf['agreements']).title;
    case 'reviews': {
      const review = record as RecordOf['reviews'];
      return `${reviewSubjectLabels[review.subject]}, ${formatCalendarDate(review.reviewDate)}`;
    }
    default:
      return (record as RecordOf['services']).name;
  }
}

/** The same states the lists flag, worked out from the whole record. */
export function recordChips(register: RegisterId, record: AnyRecord, today: string): Chip[] {
  const chips: Chip[] = [];
  const overdue = (next: string | null) => next !== null && next < today;
  switch (register) {
    case 'suppliers': {
      const supplier = record as RecordOf['suppliers'];
      if (overdue(supplier.nextReviewDate)) chips.push({ label: 'Review overdue', tone: 'warning' });
      break;
    }
    case 'agreements': {
      const agreement = record as RecordOf['agreements'];
      const end = endChip(agreement.endDate ? daysBetween(today, agreement.endDate) : null, agreement.status);
      if (end) chips.push(end);
      if (overdue(agreement.nextReviewDate)) chips.push({ label: 'Review overdue', tone: 'warning' });
      break;
    }
    case 'targets': {
      if (!isMeasurable(record as RecordOf['targets']))
        chips.push({ label: 'Not measurable', tone: 'neutral' });
      break;
    }
    case 'reviews': {
      const late = (record as RecordOf['reviews']).actions.filter(
        (action) => action.status === 'open' && action.dueDate !== null && action.dueDate < today,
      ).length;
      if (late > 0)
        chips.push({ label: late === 1 ? 'Action overdue' : `${late} actions overdue`, tone: 'danger' });
      break;
    }
    case 'services': {
      const service = record as RecordOf['services'];
      if (service.catalogue.inCatalogue) chips.push({ label: 'In catalogue', tone: 'accent' });
      break;
    }
    case 'customers':
      break;
  }
  return chips;
}

/** "Add target" beside an agreement's targets, "Record a review" beside its reviews. */
export function relatedActions(register: RegisterId, id: string): GroupAction[] {
  switch (register) {
    case 'agreements':
      return [
        { register: 'targets', label: 'Add target', href: newHref('targets', { agreementId: id }) },
        {
          register: 'reviews',
          label: 'Record a review',
          href: newHref('reviews', { subject: 'agreement', agreementId: id }),
        },
      ];
    case 'suppliers':
      return [
        {
          register: 'reviews',
          label: 'Record a review',
          href: newHref('reviews', { subject: 'supplier', supplierId: id }),
        },
      ];
    default:
      return [];
  }
}

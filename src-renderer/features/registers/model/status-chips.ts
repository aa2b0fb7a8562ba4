import type {
  AgreementRow,
  CustomerRow,
  ReviewRow,
  ServiceRow,
  SupplierRow,
  TargetRow,
} from '../../../../src-main/api/schemas/registers/lists';
import type { Chip } from '../../../shared/components/StatusChip';

/** An agreed agreement ending within this many days is flagged, as the core's `endingSoon` filter does. */
export const ENDING_SOON_DAYS = 60;

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : `${count} ${many}`;
}

/** "Ended", "Expires today", "Expires in 12 days", or nothing. */
export function endChip(daysToEnd: number | null, status: string): Chip | null {
  if (daysToEnd === null) return null;
  // Past its end date: a problem while still recorded as agreed, a plain fact otherwise.
  if (daysToEnd < 0) return { label: 'Ended', tone: status === 'agreed' ? 'danger' : 'neutral' };
  if (status !== 'agreed' || daysToEnd > ENDING_SOON_DAYS) return null;
  if (daysToEnd === 0) return { label: 'Expires today', tone: 'warning' };
  return { label: `Expires in ${daysToEnd} day${daysToEnd === 1 ? '' : 's'}`, tone: 'warning' };
}

const reviewOverdue: Chip = { label: 'Review overdue', tone: 'warning' };

function breached(count: number): Chip | null {
  return count > 0 ? { label: plural(count, 'Target breached', 'targets breached'), tone: 'danger' } : null;
}

function present(chips: (Chip | null | false)[]): Chip[] {
  return chips.filter((chip): chip is Chip => Boolean(chip));
}

export function serviceChips(row: ServiceRow): Chip[] {
  return present([
    breached(row.breachedTargets),
    row.lifecycle === 'live' && row.agreementCount === 0 && { label: 'No agreement', tone: 'warning' },
  ]);
}

export function customerChips(row: CustomerRow): Chip[] {
  return present([
    row.openComplaints > 0 && {
      label: plural(row.openComplaints, 'Open complaint', 'open complaints'),
      tone: 'warning',
    },
  ]);
}

export function supplierChips(row: SupplierRow): Chip[] {
  return present([row.reviewOverdue && reviewOverdue]);
}

export function agreementChips(row: AgreementRow): Chip[] {
  return present([
    endChip(row.daysToEnd, row.status),
    breached(row.breachedTargets),
    row.reviewOverdue && reviewOverdue,
  ]);
}

/** Whether a target says what to measure against: comparison, threshold, unit and period. */
export function isMeasurable(target: {
  comparison: string | null;
  threshold: number | null;
  unit: string;
  period: string | null;
}): boolean {
  return (
    target.comparison !== null && target.threshold !== null && target.unit !== '' && target.period !== null
  );
}

export function targetChips(row: TargetRow): Chip[] {
  if (!isMeasurable(row)) return [{ label: 'Not measurable', tone: 'neutral' }];
  if (row.latestValue === null) return [{ label: 'Never measured', tone: 'neutral' }];
  if (row.latestMet === false) return [{ label: 'Target breached', tone: 'danger' }];
  if (row.latestMet === true) return [{ label: 'Met', tone: 'success' }];
  return [];
}

export function reviewChips(row: ReviewRow): Chip[] {
  return present([
    row.overdueActions > 0 && {
      label: plural(row.overdueActions, 'Action overdue', 'actions overdue'),
      tone: 'danger',
    },
  ]);
}

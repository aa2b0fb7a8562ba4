import type { AuditCountdown } from '../../../src-main/api/schemas/dashboard';
import { sectionHref } from '../../app/router/hash-route';
import { Card } from '../../shared/components/Card';
import { auditTypeLabels } from '../../shared/format/audit-type';
import { formatCalendarDate } from '../../shared/format/calendar-date';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { plural } from './dashboard-parts';

/** "About 4 items a day": the pace the remaining assessment needs, rounded up. */
function pace(toAssess: number, days: number): string {
  const perDay = Math.ceil(toAssess / days);
  return perDay === 1 && toAssess < days
    ? `one every ${Math.floor(days / toAssess)} days or so`
    : `about ${perDay} a day`;
}

/**
 * How long until the planned audit, the number a consultant plans the week around, and the pace
 * the items still to assess need to be done by then.
 */
export function AuditCard({ audit, toAssess }: { audit: AuditCountdown; toAssess: number }) {
  const auditType = useWorkspaceStore((state) => state.summary?.engagement.auditType);
  const kind = auditType ? auditTypeLabels[auditType] : 'Audit';
  const { plannedDate, daysUntil } = audit;
  return (
    <Card title="Audit" className="dash-card dash-card--audit">
      {plannedDate === null || daysUntil === null ? (
        <div className="countdown">
          <p className="countdown__headline">No audit date set</p>
          <p className="countdown__detail">
            Record when the audit is planned, and this card counts the days down to it.
          </p>
          <a className="countdown__link" href={sectionHref('settings')}>
            Set the audit date in Settings
          </a>
        </div>
      ) : (
        <div className="countdown">
          {daysUntil === 0 ? (
            <p className="countdown__headline">The audit is today</p>
          ) : (
            <p className="countdown__figure">
              <span className="countdown__number">{Math.abs(daysUntil).toLocaleString('en-GB')}</span>{' '}
              <span className="countdown__unit">
                {Math.abs(daysUntil) === 1 ? 'day' : 'days'}{' '}
                {daysUntil > 0 ? 'to the audit' : 'since the audit'}
              </span>
            </p>
          )}
          <p className="countdown__detail">
            {kind}, {daysUntil < 0 ? 'held on' : 'planned for'}{' '}
            <span className="countdown__date">{formatCalendarDate(plannedDate)}</span>
          </p>
          {daysUntil > 0 && toAssess > 0 && (
            <p className="countdown__pace">
              {plural(toAssess, 'requirement item')} still to assess: {pace(toAssess, daysUntil)}.
            </p>
          )}
          {daysUntil < 0 && (
            <a className="countdown__link" href={sectionHref('settings')}>
              Plan the next audit in Settings
            </a>
          )}
        </div>
      )}
    </Card>
  );
}

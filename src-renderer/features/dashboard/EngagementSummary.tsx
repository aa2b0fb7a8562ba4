import { Card } from '../../shared/components/Card';
import { auditTypeLabels } from '../../shared/format/audit-type';
import { describeDaysFrom, formatCalendarDate } from '../../shared/format/calendar-date';
import { useToday } from '../../shared/use-today';
import { sectionHref } from '../../app/router/hash-route';
import { useWorkspaceStore } from '../workspace/workspace-store';

function Missing({ children }: { children: string }) {
  return <span className="facts__muted">{children}</span>;
}

export function EngagementSummary() {
  const engagement = useWorkspaceStore((state) => state.summary?.engagement);
  const today = useToday();
  if (!engagement) return null;
  const { clientOrganisation, scopeStatement, auditType, plannedAuditDate, consultantName } = engagement;
  return (
    <Card
      title="Engagement"
      className="dash-card dash-card--engagement"
      action={
        <a className="card__action" href={sectionHref('settings')}>
          Edit<span className="visually-hidden"> engagement settings</span>
        </a>
      }
    >
      <dl className="facts">
        <div className="facts__row">
          <dt>Client organisation</dt>
          <dd className="facts__strong">{clientOrganisation}</dd>
        </div>
        <div className="facts__row">
          <dt>Audit</dt>
          <dd>{auditTypeLabels[auditType]}</dd>
        </div>
        <div className="facts__row">
          <dt>Planned date</dt>
          <dd>
            {plannedAuditDate ? (
              <>
                {formatCalendarDate(plannedAuditDate)}{' '}
                <span className="badge badge--accent">{describeDaysFrom(today, plannedAuditDate)}</span>
              </>
            ) : (
              <Missing>Not planned yet</Missing>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Consultant</dt>
          <dd>{consultantName || <Missing>Not recorded</Missing>}</dd>
        </div>
        <div className="facts__row facts__row--block">
          <dt>Scope statement</dt>
          <dd className="facts__prose">
            {scopeStatement || <Missing>No scope statement yet (clause 4.3)</Missing>}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

import type { ChecklistStanding } from '../../../src-main/api/schemas/dashboard';
import { sectionHref } from '../../app/router/hash-route';
import { Card } from '../../shared/components/Card';
import { statusLabels, statusOrder } from './assessment-statuses';
import { StackedBar } from './StackedBar';
import { EmptyNote, plural } from './dashboard-parts';

/** How far the assessment has come: items assessed, and how many have each status. */
export function ChecklistStatusCard({ checklist }: { checklist: ChecklistStanding }) {
  const { overall } = checklist;
  const assessed = overall.total - overall.counts.not_assessed;
  const percent = overall.total === 0 ? 0 : Math.round((assessed / overall.total) * 100);
  return (
    <Card
      title="Assessment"
      className="dash-card dash-card--status"
      action={
        <a className="card__action" href={sectionHref('checklist')}>
          Open checklist
        </a>
      }
    >
      <p className="big-figure">
        <span className="big-figure__number">{percent}%</span>{' '}
        <span className="big-figure__label">
          {assessed.toLocaleString('en-GB')} of {plural(overall.total, 'requirement item')} assessed
        </span>
      </p>
      <StackedBar counts={overall.counts} total={overall.total} />
      {assessed === 0 ? (
        <EmptyNote>
          Nothing is assessed yet. Walk through the checklist with the client, clause by clause, and record
          what you see.
        </EmptyNote>
      ) : (
        <dl className="status-counts" aria-label="Items by status">
          {statusOrder.map((status) => (
            <div key={status} className="status-counts__row">
              <dt>
                <span className={`status-key status-key--${status}`} aria-hidden="true" />
                {statusLabels[status]}
              </dt>
              <dd>{overall.counts[status].toLocaleString('en-GB')}</dd>
            </div>
          ))}
        </dl>
      )}
      {overall.weakEvidence > 0 && (
        <p className="dash-note dash-note--warning">
          {plural(overall.weakEvidence, 'conforming item')} {overall.weakEvidence === 1 ? 'has' : 'have'} no
          evidence yet.
        </p>
      )}
    </Card>
  );
}

import type { ChecklistStanding, ClauseStanding } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { checklistHref } from '../checklist/checklist-route';
import { describeCounts, statusLabels, statusOrder } from './assessment-statuses';
import { StackedBar } from './StackedBar';

function assessedOf(clause: ClauseStanding): number {
  return clause.total - clause.counts.not_assessed;
}

/** The numbers behind one bar, shown beside it while the pointer or the focus is on it. */
function ClauseTip({ clause }: { clause: ClauseStanding }) {
  return (
    <div className="clause-chart__tip" aria-hidden="true">
      <p className="clause-chart__tip-title">
        {clause.number} {clause.title}
      </p>
      <dl>
        {statusOrder.map((status) => (
          <div key={status} className="clause-chart__tip-row">
            <dt>
              <span className={`status-key status-key--${status}`} />
              {statusLabels[status]}
            </dt>
            <dd>{clause.counts[status]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ClauseRow({ clause }: { clause: ClauseStanding }) {
  const assessed = assessedOf(clause);
  const content = (
    <>
      <span className="clause-chart__label">
        <span className="clause-chart__number">{clause.number}</span>{' '}
        <span className="clause-chart__title">{clause.title}</span>{' '}
        <span className="clause-chart__figure">
          {assessed} of {clause.total}
        </span>
      </span>
      <StackedBar className="clause-chart__bar" counts={clause.counts} total={clause.total} />
      <span className="visually-hidden"> assessed: {describeCounts(clause.counts)}.</span>
    </>
  );
  return (
    <li className="clause-chart__row">
      {clause.openItemId ? (
        <a className="clause-chart__link" href={checklistHref(clause.openItemId)}>
          {content}
        </a>
      ) : (
        <div className="clause-chart__link">{content}</div>
      )}
      <ClauseTip clause={clause} />
    </li>
  );
}

/**
 * Readiness per clause 4 to 10 as stacked horizontal bars: each bar is a clause's requirement
 * items split by status, and opens the checklist at the clause's first item still to assess.
 */
export function ClauseChart({ checklist }: { checklist: ChecklistStanding }) {
  const nothingAssessed = checklist.overall.counts.not_assessed === checklist.overall.total;
  return (
    <Card title="Readiness by clause" className="dash-card dash-card--chart">
      <p className="dash-intro">
        {nothingAssessed
          ? 'Each bar fills in as the requirement items of its clause are assessed. Choose a clause to start there.'
          : 'Requirement items of each clause by status. Choose a clause to continue there in the checklist.'}
      </p>
      <ol className="clause-chart" aria-label="Items assessed per clause">
        {checklist.clauses.map((clause) => (
          <ClauseRow key={clause.number} clause={clause} />
        ))}
      </ol>
      <ul className="chart-legend" aria-label="Key">
        {statusOrder.map((status) => (
          <li key={status}>
            <span className={`status-key status-key--${status}`} aria-hidden="true" />
            {statusLabels[status]}
          </li>
        ))}
      </ul>
    </Card>
  );
}

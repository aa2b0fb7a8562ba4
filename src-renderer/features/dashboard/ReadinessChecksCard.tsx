import type { ReadinessStanding } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { checklistHref } from '../checklist/checklist-route';
import { EmptyNote, plural, Tally } from './dashboard-parts';

/** "1 major, 4 minor, 1 observation": the severities a clause's findings have. */
function severities(counts: { major: number; minor: number; observation: number }): string {
  return [
    counts.major > 0 && `${counts.major} major`,
    counts.minor > 0 && `${counts.minor} minor`,
    counts.observation > 0 && plural(counts.observation, 'observation'),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * What the automatic checks of the registers found, by severity, and the clauses they concern;
 * each clause opens the checklist at the item whose evidence the finding puts in doubt.
 */
export function ReadinessChecksCard({
  readiness,
  registersEmpty,
}: {
  readiness: ReadinessStanding;
  registersEmpty: boolean;
}) {
  return (
    <Card title="Readiness checks" className="dash-card dash-card--checks">
      <p className="dash-intro">
        {plural(readiness.rules, 'check')} of the registers against what the standard asks of them.
      </p>
      {readiness.total === 0 ? (
        <EmptyNote>
          {registersEmpty
            ? 'The checks read the registers, which are empty: record the services, customers, suppliers and agreements in scope, and see what the checks make of them.'
            : 'Every check passes: the registers show no gap.'}
        </EmptyNote>
      ) : (
        <>
          <Tally
            label="Findings of the checks by severity"
            entries={[
              { label: 'Major', count: readiness.bySeverity.major, tone: 'danger' },
              { label: 'Minor', count: readiness.bySeverity.minor, tone: 'warning' },
              { label: 'Observation', count: readiness.bySeverity.observation, tone: 'accent' },
            ]}
          />
          <h3 className="card__subtitle">By clause</h3>
          <ul className="check-clauses" aria-label="Clauses with findings of the checks">
            {readiness.clauses.map((clause) => (
              <li key={clause.clause} className="check-clauses__item">
                <a className="check-clauses__link" href={checklistHref(clause.itemId)}>
                  <span className="check-clauses__number">{clause.clause}</span> <span>{clause.title}</span>
                </a>
                <span
                  className={`check-clauses__counts check-clauses__counts--${clause.major > 0 ? 'danger' : clause.minor > 0 ? 'warning' : 'accent'}`}
                >
                  {severities(clause)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

import type { FindingType } from '../../../src-main/api/schemas/findings';
import type { OpenFindings } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { findingsListHref, findingTypeIds } from '../findings/finding-labels';
import { useFindingsStore } from '../findings/findings-store';
import { EmptyNote, type Tone } from './dashboard-parts';

const tones: Record<FindingType, Tone> = {
  major_nc: 'danger',
  minor_nc: 'warning',
  observation: 'accent',
  opportunity: 'neutral',
};

/** Each type as a count reads it: "1 major nonconformity", "2 major nonconformities". */
const names: Record<FindingType, [string, string]> = {
  major_nc: ['Major nonconformity', 'Major nonconformities'],
  minor_nc: ['Minor nonconformity', 'Minor nonconformities'],
  observation: ['Observation', 'Observations'],
  opportunity: ['Opportunity for improvement', 'Opportunities for improvement'],
};

const nameOf = (type: FindingType, count: number) => names[type][count === 1 ? 0 : 1];

/** Opens the Findings screen showing the open findings of one type. */
function showOpen(type: FindingType) {
  const findings = useFindingsStore.getState();
  findings.setType(type);
  findings.setStatus('open');
}

/** Open findings by severity, each count a way into the Findings screen filtered to it. */
export function FindingsCard({ findings }: { findings: OpenFindings }) {
  return (
    <Card
      title="Open findings"
      className="dash-card dash-card--findings"
      action={
        <a className="card__action" href={findingsListHref}>
          All findings
        </a>
      }
    >
      <p className="big-figure">
        <span className="big-figure__number">{findings.total.toLocaleString('en-GB')}</span>{' '}
        <span className="big-figure__label">{findings.total === 1 ? 'finding open' : 'findings open'}</span>
      </p>
      {findings.total === 0 ? (
        <EmptyNote>
          None open. Findings you raise on an item of the checklist, or on the Findings screen, are counted
          here until they are closed.
        </EmptyNote>
      ) : (
        <ul className="severity-list" aria-label="Open findings by type">
          {findingTypeIds.map((type) => {
            const count = findings.byType[type];
            return (
              <li
                key={type}
                className={`severity-list__item severity-list__item--${count > 0 ? tones[type] : 'none'}`}
              >
                <span className="severity-list__count">{count}</span>{' '}
                {count > 0 ? (
                  <a href={findingsListHref} onClick={() => showOpen(type)}>
                    {nameOf(type, count)}
                  </a>
                ) : (
                  <span className="severity-list__name">{nameOf(type, count)}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

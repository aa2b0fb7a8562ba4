import type { Engagement } from '../../../src-main/api/schemas/engagement';
import { sectionHref } from '../../app/router/hash-route';
import { sectionById, type SectionId } from '../../app/sections';
import { Card } from '../../shared/components/Card';
import { useWorkspaceStore } from '../workspace/workspace-store';

interface Step {
  title: string;
  detail: string;
  section: SectionId;
  /** Known only where the workspace can tell; otherwise the step carries no state. */
  done?: boolean;
}

function engagementStep(engagement: Engagement): Step {
  const missing = [
    !engagement.scopeStatement && 'scope statement',
    !engagement.plannedAuditDate && 'planned audit date',
    !engagement.consultantName && 'consultant',
  ].filter((item): item is string => Boolean(item));
  return {
    title: 'Confirm the engagement details',
    detail:
      missing.length === 0
        ? 'Client, scope, audit type, date and consultant are recorded.'
        : `Still missing: ${missing.join(', ')}.`,
    section: 'settings',
    done: missing.length === 0,
  };
}

const laterSteps: Step[] = [
  {
    title: 'Describe the services in scope',
    detail: 'Build the service catalogue with owners and the customers each service is for (8.2.4).',
    section: 'services',
  },
  {
    title: 'Register suppliers and agreements',
    detail: 'Contracts, review dates and service level targets with measured performance (8.3.3, 8.3.4).',
    section: 'suppliers',
  },
  {
    title: 'Work through the clause checklist',
    detail: 'Assess clauses 4 to 10 with the client and attach evidence to each requirement.',
    section: 'checklist',
  },
  {
    title: 'Export the signed evidence pack',
    detail: 'Record findings, then hand the auditor a signed PDF they can verify.',
    section: 'packs',
  },
];

export function NextSteps() {
  const engagement = useWorkspaceStore((state) => state.summary?.engagement);
  if (!engagement) return null;
  const steps = [engagementStep(engagement), ...laterSteps];
  return (
    <Card title="What comes next" className="dash-card dash-card--next">
      <ol className="steps">
        {steps.map((step, index) => (
          <li key={step.title} className={step.done ? 'steps__item steps__item--done' : 'steps__item'}>
            <span className="steps__marker" aria-hidden="true">
              {step.done ? (
                <svg viewBox="0 0 16 16">
                  <path d="M4 8.5l2.5 2.5L12 5.5" />
                </svg>
              ) : (
                index + 1
              )}
            </span>
            <div className="steps__text">
              <p className="steps__title">
                {step.title}
                {step.done && <span className="visually-hidden"> (done)</span>}
              </p>
              <p className="steps__detail">{step.detail}</p>
            </div>
            <a className="steps__link" href={sectionHref(step.section)}>
              {sectionById(step.section).label}
              <span className="visually-hidden">: {step.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </Card>
  );
}

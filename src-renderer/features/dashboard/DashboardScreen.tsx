import { useEffect } from 'react';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { formatCalendarDate } from '../../shared/format/calendar-date';
import { useToday } from '../../shared/use-today';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { AgreementsEndingCard } from './AgreementsEndingCard';
import { AuditCard } from './AuditCard';
import { BreachedTargetsCard } from './BreachedTargetsCard';
import { ChecklistStatusCard } from './ChecklistStatusCard';
import { ClauseChart } from './ClauseChart';
import { useDashboardStore } from './dashboard-store';
import { EngagementSummary } from './EngagementSummary';
import { FindingsCard } from './FindingsCard';
import { NextSteps } from './NextSteps';
import { ReadinessChecksCard } from './ReadinessChecksCard';
import { RegistersCard } from './RegistersCard';
import { ReviewsCard } from './ReviewsCard';
import { WorkspaceCard } from './WorkspaceCard';
import './dashboard.css';

/** The registers that the checks and the due lists read: when all are empty, say so rather than show zeros. */
const readRegisters = ['services', 'customers', 'suppliers', 'agreements', 'targets'];

function Overview() {
  const summary = useDashboardStore((state) => state.summary);
  const status = useDashboardStore((state) => state.status);
  const failure = useDashboardStore((state) => state.failure);
  const counts = useWorkspaceStore((state) => state.summary?.counts);
  const today = useToday();

  if (!summary) {
    return status === 'failed' ? (
      <div className="notice notice--error dash-failure" role="alert">
        <p>The dashboard could not be put together just now: {failure}</p>
        <button
          type="button"
          className="button"
          onClick={() => void useDashboardStore.getState().load(today)}
        >
          Try again
        </button>
      </div>
    ) : (
      <div className="dash-loading" aria-busy="true" />
    );
  }
  const registersEmpty = readRegisters.every((register) => (counts?.[register] ?? 0) === 0);
  return (
    <>
      <AuditCard audit={summary.audit} toAssess={summary.checklist.overall.counts.not_assessed} />
      <FindingsCard findings={summary.findings} />
      <ChecklistStatusCard checklist={summary.checklist} />
      <ClauseChart checklist={summary.checklist} />
      <ReadinessChecksCard readiness={summary.readiness} registersEmpty={registersEmpty} />
      <ReviewsCard reviews={summary.reviews} registersEmpty={registersEmpty} />
      <div className="dash-stack">
        <AgreementsEndingCard agreements={summary.agreements} registersEmpty={registersEmpty} />
        <BreachedTargetsCard targets={summary.targets} hasTargets={(counts?.targets ?? 0) > 0} />
      </div>
    </>
  );
}

export function DashboardScreen() {
  const today = useToday();
  // Every change anywhere reloads the workspace summary; the dashboard follows it.
  const workspace = useWorkspaceStore((state) => state.summary);
  useEffect(() => {
    void useDashboardStore.getState().load(today);
  }, [today, workspace]);

  return (
    <>
      <ScreenHeader
        title="Dashboard"
        description={`Where this engagement stands today, ${formatCalendarDate(today)}, and what needs you next.`}
      />
      <div className="dash">
        <Overview />
        <EngagementSummary />
        <WorkspaceCard />
        <RegistersCard />
        <NextSteps />
      </div>
    </>
  );
}

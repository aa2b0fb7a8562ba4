import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { EngagementSummary } from './EngagementSummary';
import { NextSteps } from './NextSteps';
import { RegistersCard } from './RegistersCard';
import { WorkspaceCard } from './WorkspaceCard';

export function DashboardScreen() {
  return (
    <>
      <ScreenHeader title="Dashboard" description="Where this engagement stands, and what to prepare next." />
      <div className="dashboard">
        <EngagementSummary />
        <WorkspaceCard />
        <RegistersCard />
        <NextSteps />
      </div>
    </>
  );
}

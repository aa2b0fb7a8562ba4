import { Card } from '../../shared/components/Card';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { WorkspaceFacts } from '../workspace/WorkspaceFacts';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { BackupsPanel } from './BackupsPanel';
import { EngagementForm } from './EngagementForm';

export function SettingsScreen() {
  const engagement = useWorkspaceStore((state) => state.summary?.engagement);
  // A different workspace (opened from the File menu) brings a different engagement: start a fresh form.
  const workspaceKey = useWorkspaceStore((state) =>
    state.summary ? `${state.summary.fileName}|${state.summary.engagement.createdAt}` : '',
  );
  if (!engagement) return null;
  return (
    <>
      <ScreenHeader
        title="Settings"
        description="The engagement this workspace prepares for, facts about its file, and its backups."
      />
      <div className="settings-layout">
        <Card title="Engagement" className="settings-layout__form">
          <EngagementForm key={workspaceKey} engagement={engagement} workspaceKey={workspaceKey} />
        </Card>
        <Card title="Workspace file" className="settings-layout__facts">
          <WorkspaceFacts />
        </Card>
        {/* Keyed like the form: another workspace has other backups. */}
        <BackupsPanel key={workspaceKey} />
      </div>
    </>
  );
}

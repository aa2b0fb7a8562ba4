import { useEffect } from 'react';
import { api } from '../api/client';
import { useSessionStore } from '../api/session-store';
import { SessionEndedScreen } from '../features/session/SessionEndedScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { WorkspaceUnavailableScreen } from '../features/workspace/WorkspaceUnavailableScreen';
import { useWorkspaceStore } from '../features/workspace/workspace-store';
import { useDashboardStore } from '../features/dashboard/dashboard-store';
import { localToday } from '../shared/format/calendar-date';
import { AppShell } from './AppShell';
import { parseRoute } from './router/hash-route';

/** Loads the workspace, follows changes made from the Electron menus, and picks what to show. */
export function App() {
  const sessionEnded = useSessionStore((state) => state.ended);
  const status = useWorkspaceStore((state) => state.status);
  const hasWorkspace = useWorkspaceStore((state) => state.summary !== null);
  const load = useWorkspaceStore((state) => state.load);

  useEffect(() => {
    void load();
    // The dashboard is the usual first screen: ask for it beside the workspace, not after it.
    if (parseRoute(window.location.hash).section === 'dashboard')
      void useDashboardStore.getState().prefetch(localToday());
    return api.onWorkspaceChanged(() => void load());
  }, [load]);

  const view = sessionEnded
    ? 'session-ended'
    : status === 'ready'
      ? hasWorkspace
        ? 'shell'
        : 'welcome'
      : status;
  switch (view) {
    case 'session-ended':
      return <SessionEndedScreen />;
    case 'loading':
      // The first answer comes from this machine within milliseconds; a spinner would only flicker.
      return <div className="loading" aria-busy="true" />;
    case 'failed':
      return <WorkspaceUnavailableScreen />;
    case 'welcome':
      return <WelcomeScreen />;
    case 'shell':
      return <AppShell />;
  }
}

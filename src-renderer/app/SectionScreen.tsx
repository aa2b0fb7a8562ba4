import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { UpcomingSectionScreen } from '../features/sections/UpcomingSectionScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { SectionId } from './sections';

/** The screen for a section. */
export function SectionScreen({ id }: { id: SectionId }) {
  switch (id) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <UpcomingSectionScreen id={id} />;
  }
}

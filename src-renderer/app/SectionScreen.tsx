import { ChecklistScreen } from '../features/checklist/ChecklistScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { EvidenceSection } from '../features/evidence/EvidenceSection';
import { FindingsSection } from '../features/findings/FindingsSection';
import { PacksSection } from '../features/packs/PacksSection';
import { RegistersSection } from '../features/registers/RegistersSection';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { SectionId } from './sections';

/** The screen for a section. */
export function SectionScreen({ id }: { id: SectionId }) {
  switch (id) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'checklist':
      return <ChecklistScreen />;
    case 'services':
    case 'customers':
    case 'suppliers':
    case 'agreements':
      return <RegistersSection section={id} />;
    case 'evidence':
      return <EvidenceSection />;
    case 'findings':
      return <FindingsSection />;
    case 'packs':
      return <PacksSection />;
  }
}

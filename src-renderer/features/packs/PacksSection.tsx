import './packs.css';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useRoute } from '../../app/router/hash-route';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { ExportScreen } from './ExportScreen';
import { useIdentitiesStore } from './identities-store';
import { usePackExportStore } from './pack-export-store';
import { packsHref, packsView, verifyHref, type PacksView } from './packs-routes';
import { VerifyScreen } from './VerifyScreen';

function PacksTabs({ current }: { current: PacksView }) {
  const tabs: { view: PacksView; href: string; label: string }[] = [
    { view: 'export', href: packsHref, label: 'Export' },
    { view: 'verify', href: verifyHref, label: 'Verify a pack' },
  ];
  return (
    <nav className="tabs" aria-label="Packs">
      <ul className="tabs__list">
        {tabs.map((tab) => (
          <li key={tab.view}>
            <a className="tabs__tab" href={tab.href} aria-current={tab.view === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Signed evidence packs: `#/packs` makes them and lists those made, `#/packs/verify` checks one. */
export function PacksSection() {
  const view = packsView(useRoute().segments);

  useEffect(() => {
    void useIdentitiesStore.getState().refresh();
    void usePackExportStore.getState().refreshHistory();
    return api.onWorkspaceChanged(() => usePackExportStore.getState().workspaceChanged());
  }, []);

  return (
    <>
      <ScreenHeader
        title="Packs"
        description={
          <>
            The evidence pack the auditor receives: one PDF, digitally signed so that any change after signing
            shows, with the evidence files inside.{' '}
            <abbr className="clause-ref" title="Documented information">
              7.5
            </abbr>
          </>
        }
      />
      <PacksTabs current={view} />
      {view === 'verify' ? <VerifyScreen /> : <ExportScreen />}
    </>
  );
}

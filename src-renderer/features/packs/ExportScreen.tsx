import { ExportHistory } from './ExportHistory';
import { ExportPanel } from './ExportPanel';
import { IdentityPanel } from './IdentityPanel';

/** Make a pack: who signs it, what goes in, its progress and outcome; beside it the identities, below the history. */
export function ExportScreen() {
  return (
    <div className="packs-layout">
      <ExportPanel />
      <IdentityPanel />
      <ExportHistory />
    </div>
  );
}

import { useDocumentTitle } from '../../app/use-document-title';
import { isMac } from '../../shared/platform';
import { useWorkspaceStore } from '../workspace/workspace-store';

const modifier = isMac ? '⌘' : 'Ctrl+';

/** No workspace is open: say how to create or open one, which only the desktop app's File menu can do. */
export function WelcomeScreen() {
  const transport = useWorkspaceStore((state) => state.about?.transport);
  const version = useWorkspaceStore((state) => state.about?.version);
  useDocumentTitle('Welcome');
  return (
    <main className="standalone" id="main" tabIndex={-1}>
      <div className="standalone__panel standalone__panel--welcome">
        <svg className="standalone__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect x="4" y="3" width="24" height="26" rx="5" />
          <path d="M11 11h10M11 16h10M11 21h6" />
        </svg>
        <h1 className="standalone__title">Welcome to Clausebook</h1>
        <p>
          Each client engagement lives in one workspace file: its services, suppliers, agreements, clause
          assessment, evidence and findings. Open an existing workspace or start a new one.
        </p>
        {transport === 'http' ? (
          <p>
            This browser session has no workspace. Stop <code>clausebook serve</code> and start it again with
            a workspace file.
          </p>
        ) : (
          <ul className="welcome-actions">
            <li>
              <span>
                <strong>New workspace</strong> — File menu, New…
              </span>
              <kbd>{modifier}N</kbd>
            </li>
            <li>
              <span>
                <strong>Open a workspace</strong> — File menu, Open…
              </span>
              <kbd>{modifier}O</kbd>
            </li>
          </ul>
        )}
        <p className="standalone__muted">
          Everything stays on this computer; Clausebook never uses the network.
        </p>
        {version && <p className="standalone__muted">Version {version}</p>}
      </div>
    </main>
  );
}

import { useDocumentTitle } from '../../app/use-document-title';
import { useWorkspaceStore } from './workspace-store';

/** The core could not say which workspace is open: show its reason and let the user try again. */
export function WorkspaceUnavailableScreen() {
  const failure = useWorkspaceStore((state) => state.failure);
  const load = useWorkspaceStore((state) => state.load);
  useDocumentTitle('Workspace unavailable');
  return (
    <main className="standalone" id="main" tabIndex={-1}>
      <div className="standalone__panel" role="alert">
        <h1 className="standalone__title">The workspace could not be read</h1>
        <p>Clausebook asked for the open workspace and did not get it. The reason it gave:</p>
        <pre className="problem__detail">{failure}</pre>
        <button type="button" className="button button--primary" onClick={() => void load()}>
          Try again
        </button>
      </div>
    </main>
  );
}

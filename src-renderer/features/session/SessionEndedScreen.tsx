import { useDocumentTitle } from '../../app/use-document-title';

/** Shown once the loopback host refuses the page's requests; nothing in the page can renew the session. */
export function SessionEndedScreen() {
  useDocumentTitle('Session ended');
  return (
    <main className="standalone">
      <div className="standalone__panel">
        <svg className="standalone__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M9.5 14.5l5-5" />
          <path d="M11 6.5l1.6-1.6a4 4 0 015.6 5.6L16.6 12M13 17.5l-1.6 1.6a4 4 0 01-5.6-5.6L7.4 12" />
          <path d="M4 4l2 2M20 20l-2-2" />
        </svg>
        <h1 className="standalone__title">Session ended</h1>
        <p>
          This Clausebook session has ended or the link is not valid — open the address printed by{' '}
          <code>clausebook serve</code> again.
        </p>
        <p className="standalone__muted">
          Each run of <code>clausebook serve</code> prints a new address with its own key. Everything you
          saved before this message is in the workspace file.
        </p>
      </div>
    </main>
  );
}

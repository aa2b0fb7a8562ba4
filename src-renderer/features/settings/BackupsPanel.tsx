import { useEffect, useRef, useState } from 'react';
import type { BackupEntry } from '../../../src-main/api/schemas/backups';
import { Card } from '../../shared/components/Card';
import { formatByteSize } from '../../shared/format/byte-size';
import { backupKindLabel, changeLogWords, describeBackupTime, policyWords } from './backup-words';
import { useBackupsStore } from './backups-store';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import './backups.css';

/** How often an open Backups panel reads the list again; backups come at most every 15 minutes. */
const LIST_REFRESH_MS = 60_000;

const kindTone: Record<BackupEntry['kind'], string> = {
  'on-open': 'badge--neutral',
  interval: 'badge--neutral',
  'before-restore': 'badge--warning',
  manual: 'badge--accent',
};

/** The workspace's backups: how they are taken and kept, the list, Back up now, and Restore…. */
export function BackupsPanel() {
  const status = useBackupsStore((state) => state.status);
  const listing = useBackupsStore((state) => state.listing);
  const failure = useBackupsStore((state) => state.failure);
  const creating = useBackupsStore((state) => state.creating);
  const outcome = useBackupsStore((state) => state.outcome);
  const restored = useBackupsStore((state) => state.restored);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  // Read once per visit, so "today" and "yesterday" hold still while the screen is open.
  const [now] = useState(() => new Date());
  const restoredNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const store = useBackupsStore.getState();
    store.takeRestoredOutcome();
    void store.load();
    // Automatic backups happen while the screen may be open: read the list again now and then
    // (a folder listing, cheap) so a new one appears without leaving the screen.
    const refresh = window.setInterval(() => void store.load(), LIST_REFRESH_MS);
    return () => {
      window.clearInterval(refresh);
      // An outcome belongs to this visit of the screen.
      store.dismissOutcome();
    };
  }, []);

  // After the reload that follows a restore, say what happened where focus lands, once the list
  // above and around it has its final height.
  const settled = restored !== null && status !== 'loading';
  useEffect(() => {
    if (!settled) return;
    restoredNotice.current?.scrollIntoView({ block: 'center' });
    restoredNotice.current?.focus();
  }, [settled]);

  const backUpNow = (
    <button
      type="button"
      className="button"
      onClick={() => void useBackupsStore.getState().backUpNow()}
      disabled={creating || listing === null || listing.unavailable !== null}
    >
      {creating ? 'Backing up…' : 'Back up now'}
    </button>
  );

  return (
    <Card title="Backups" className="settings-layout__backups backups" action={backUpNow}>
      {listing && (
        <p className="backups__policy">
          {policyWords(listing)}{' '}
          {listing.folder ? (
            <>
              They are kept outside the workspace file, in{' '}
              <span className="backups__folder">{listing.folder}</span>.
            </>
          ) : (
            'They are kept outside the workspace file, in your Clausebook app data folder.'
          )}
        </p>
      )}
      {listing?.lastFailure && (
        <p className="notice notice--warning">
          The automatic backup of {describeBackupTime(listing.lastFailure.at, now)} failed:{' '}
          {listing.lastFailure.message}
        </p>
      )}
      {listing?.unavailable && <p className="notice">{listing.unavailable}</p>}
      {/* A live region without the status role: the Settings screen's one status is the engagement form's. */}
      <div className="backups__outcome" aria-live="polite">
        {restored ? (
          <p className="notice notice--success" tabIndex={-1} ref={restoredNotice}>
            Restored the backup from{' '}
            {restored.source.takenAt
              ? describeBackupTime(restored.source.takenAt, now)
              : restored.source.fileName}
            . The state before it is kept as the <q>Before restore</q> backup of{' '}
            {describeBackupTime(restored.beforeRestore.takenAt, now)}: restore that one to undo.
          </p>
        ) : outcome ? (
          <p className={outcome.tone === 'failed' ? 'notice notice--error' : 'notice notice--success'}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The backups could not be listed.</strong> {failure}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void useBackupsStore.getState().load()}
          >
            Try again
          </button>
        </div>
      ) : listing && listing.backups.length === 0 && listing.unavailable === null ? (
        <p className="card__empty">No backups yet. Back up now to take the first one.</p>
      ) : listing && listing.backups.length > 0 ? (
        <div className="mini-table__scroll backups__scroll">
          <table className="mini-table" aria-label="Backups of this workspace">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col" className="mini-table__numeric">
                  Size
                </th>
                <th scope="col">Change log</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listing.backups.map((backup) => {
                const when = describeBackupTime(backup.takenAt, now);
                return (
                  <tr key={backup.id}>
                    <td className="backups__time">
                      <time dateTime={backup.takenAt}>{when}</time>
                    </td>
                    <td>
                      <span className={`badge ${kindTone[backup.kind]}`}>{backupKindLabel(backup.kind)}</span>
                    </td>
                    <td className="mini-table__numeric">{formatByteSize(backup.sizeBytes)}</td>
                    <td>
                      {changeLogWords(backup.changeLog)}
                      {backup.changeLog?.head && (
                        <span
                          className="backups__head"
                          title={`Newest entry's hash: ${backup.changeLog.head}`}
                        >
                          {backup.changeLog.head.slice(0, 8)}
                        </span>
                      )}
                    </td>
                    <td className="mini-table__actions">
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={`Restore the backup from ${when} (${backupKindLabel(backup.kind)})`}
                        onClick={() => setRestoring(backup)}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {restoring && <RestoreBackupDialog backup={restoring} now={now} onDismiss={() => setRestoring(null)} />}
    </Card>
  );
}

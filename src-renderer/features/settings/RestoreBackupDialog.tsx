import { useState } from 'react';
import type { BackupEntry } from '../../../src-main/api/schemas/backups';
import { failureMessage } from '../../api/api-error';
import { Dialog } from '../../shared/components/Dialog';
import { backupKindPhrase, changeLogWords, describeBackupTime } from './backup-words';
import { useBackupsStore } from './backups-store';

interface RestoreBackupDialogProps {
  backup: BackupEntry;
  now: Date;
  onDismiss(): void;
}

/** Asks before a restore, says that it can be undone, and shows the core's refusal in place. */
export function RestoreBackupDialog({ backup, now, onDismiss }: RestoreBackupDialogProps) {
  const restore = useBackupsStore((state) => state.restore);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const when = describeBackupTime(backup.takenAt, now);
  const confirm = async () => {
    setWorking(true);
    setFailure(null);
    try {
      // On success the app reloads; this dialog goes with the page.
      await restore(backup);
    } catch (error) {
      setWorking(false);
      setFailure(failureMessage(error));
    }
  };
  return (
    <Dialog
      title="Restore this backup?"
      onDismiss={onDismiss}
      dismissable={!working}
      actions={
        <>
          <button type="button" className="button" onClick={onDismiss} disabled={working} data-autofocus="">
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void confirm()}
            disabled={working}
          >
            {working ? 'Restoring…' : 'Restore backup'}
          </button>
        </>
      }
    >
      <p>
        The workspace goes back to how it was <strong>{when}</strong>, in the backup{' '}
        {backupKindPhrase(backup.kind)} (change log: {changeLogWords(backup.changeLog).toLowerCase()}).
        Changes made since then leave the workspace.
      </p>
      <p className="restore-dialog__safety">
        Nothing is lost: the current state is backed up first, as a <q>Before restore</q> backup at the top of
        the list. Restore that one to undo this restore.
      </p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}

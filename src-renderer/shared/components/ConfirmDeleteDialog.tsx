import { useState, type ReactNode } from 'react';
import { failureMessage } from '../../api/api-error';
import { Dialog } from './Dialog';

interface ConfirmDeleteDialogProps {
  title: string;
  /** The danger button's label, e.g. "Delete finding". */
  confirmLabel: string;
  /** Deletes and moves on; a rejection is shown in the dialog, which stays open. */
  onConfirm(): Promise<void>;
  onDismiss(): void;
  /** What will be removed, in words. */
  children: ReactNode;
}

/** Asks before deleting one record, and shows the core's refusal in place when the delete fails. */
export function ConfirmDeleteDialog({
  title,
  confirmLabel,
  onConfirm,
  onDismiss,
  children,
}: ConfirmDeleteDialogProps) {
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setWorking(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setWorking(false);
      setFailure(failureMessage(error));
    }
  };
  return (
    <Dialog
      title={title}
      onDismiss={onDismiss}
      dismissable={!working}
      tone="danger"
      actions={
        <>
          <button type="button" className="button" onClick={onDismiss} disabled={working} data-autofocus="">
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void confirm()}
            disabled={working}
          >
            {working ? 'Deleting…' : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}

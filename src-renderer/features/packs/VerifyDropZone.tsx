import { useId, useRef } from 'react';
import { useFileDrop } from '../../shared/use-file-drop';
import { UploadIcon } from '../../shared/components/icons';
import { useVerifyStore } from './verify-store';

/** Where a pack is opened, by the file picker or by dropping it; says here when a file cannot be checked. */
export function VerifyDropZone({ compact }: { compact: boolean }) {
  const status = useVerifyStore((state) => state.status);
  const fileName = useVerifyStore((state) => state.fileName);
  const failure = useVerifyStore((state) => state.failure);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const verifying = status === 'verifying';
  const verify = (file: File | undefined) => {
    if (file) void useVerifyStore.getState().verifyFile(file);
  };
  const { dropping, dropHandlers } = useFileDrop((files) => verify(files[0]));

  const classes = ['drop-zone', 'verify-drop'];
  if (compact) classes.push('verify-drop--compact');
  if (dropping) classes.push('verify-drop--dropping');
  if (status === 'failed') classes.push('verify-drop--failed');

  return (
    <div className={classes.join(' ')} data-testid="verify-drop-zone" aria-busy={verifying} {...dropHandlers}>
      <UploadIcon />
      <p className="drop-zone__title">
        {dropping
          ? 'Drop the pack to check it'
          : compact
            ? 'Check another pack'
            : 'Drop a signed evidence pack here'}
      </p>
      <p className="drop-zone__hint" id={hintId}>
        A PDF made by Clausebook. It is checked on this computer: its signature, that nothing in it changed
        since signing, and every evidence file inside it.
      </p>
      <input
        ref={input}
        type="file"
        accept=".pdf,application/pdf"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Evidence pack to verify"
        onChange={(event) => {
          verify(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className={compact ? 'button' : 'button button--primary'}
        disabled={verifying}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        <UploadIcon />
        {verifying ? 'Checking…' : 'Choose a PDF…'}
      </button>
      <div className="verify-drop__outcome" aria-live="polite">
        {verifying && <p className="verify-drop__busy">Checking {fileName}…</p>}
      </div>
      {status === 'failed' && failure && (
        <div className="verify-drop__failure" role="alert">
          <p className="verify-drop__failure-title">
            {fileName ? `${fileName} cannot be checked` : 'This file cannot be checked'}
          </p>
          <p>{failure}</p>
        </div>
      )}
    </div>
  );
}

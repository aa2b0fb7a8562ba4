import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CertificateInfo } from '../../../src-main/api/schemas/packs';
import { ApiError, failureMessage } from '../../api/api-error';
import { Dialog } from '../../shared/components/Dialog';
import { Field } from '../../shared/components/Field';
import { UploadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { readAsBase64 } from '../registers/import-export/file-transfer';
import { useIdentitiesStore } from './identities-store';
import { checkImportIdentity, type ImportIdentityProblems } from './identity-form';

interface ImportIdentityDialogProps {
  onImported(certificate: CertificateInfo): void;
  onDismiss(): void;
}

/** The core's refusal, put beside the control it concerns. */
function problemsOf(error: unknown): ImportIdentityProblems & { general?: string } {
  const message = failureMessage(error);
  if (!(error instanceof ApiError)) return { general: message };
  if (error.code === 'WRONG_PASSPHRASE') return { passphrase: message };
  if (error.code === 'IDENTITY_UNREADABLE' || error.code === 'IDENTITY_UNUSABLE') return { file: message };
  const [issue] = error.issues;
  if (issue?.path[0] === 'passphrase') return { passphrase: issue.message };
  if (issue?.path[0] === 'content' || issue?.path[0] === 'fileName') return { file: issue.message };
  return { general: message };
}

/** Keeps a PKCS#12 (.p12/.pfx) from a certificate authority, re-encrypted under its passphrase. */
export function ImportIdentityDialog({ onImported, onDismiss }: ImportIdentityDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<ImportIdentityProblems & { general?: string }>({});
  const [working, setWorking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const formId = useId();
  const fileId = `${formId}-file`;
  const passphraseId = `${formId}-passphrase`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkImportIdentity(file, passphrase);
    setProblems(found);
    if (!file || Object.keys(found).length > 0) {
      document.getElementById(found.file ? fileId : passphraseId)?.focus();
      return;
    }
    setWorking(true);
    try {
      const content = await readAsBase64(file);
      const certificate = await useIdentitiesStore
        .getState()
        .importP12({ fileName: file.name, content, passphrase });
      onImported(certificate);
    } catch (error) {
      const refused = problemsOf(error);
      // Rendered at once, so the fields are enabled again before focus moves to the one refused.
      flushSync(() => {
        setWorking(false);
        setProblems(refused);
      });
      if (refused.passphrase) document.getElementById(passphraseId)?.focus();
      else if (refused.file) document.getElementById(fileId)?.focus();
    }
  };

  return (
    <Dialog
      title="Import a signing identity"
      onDismiss={onDismiss}
      dismissable={!working}
      actions={
        <>
          <button type="button" className="button" onClick={onDismiss} disabled={working}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={working}>
            {working ? 'Importing…' : 'Import identity'}
          </button>
        </>
      }
      onFileDrop={(dropped) => {
        setFile(dropped);
        setProblems({});
      }}
    >
      <form id={formId} className="identity-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="identity-form__note">
          A PKCS#12 file (.p12 or .pfx) from a certificate authority holds your key and certificate.
          Clausebook keeps a copy encrypted with the file’s passphrase on this computer only — never in a
          workspace.
        </p>
        {problems.general && (
          <p className="notice notice--error" role="alert">
            {problems.general}
          </p>
        )}
        <Field id={fileId} label="Identity file" error={problems.file} required>
          {(control) => (
            <div className="identity-file">
              <input
                ref={input}
                type="file"
                accept=".p12,.pfx,application/x-pkcs12"
                className="visually-hidden"
                tabIndex={-1}
                aria-label="Signing identity file to import"
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  event.target.value = '';
                  if (chosen) {
                    setFile(chosen);
                    setProblems({});
                  }
                }}
              />
              <button
                {...control}
                type="button"
                className="button"
                data-autofocus=""
                disabled={working}
                onClick={() => input.current?.click()}
              >
                <UploadIcon />
                {file ? 'Choose another file…' : 'Choose a .p12 or .pfx file…'}
              </button>
              <span className="identity-file__name" aria-live="polite">
                {file ? `${file.name} · ${formatByteSize(file.size)}` : 'No file chosen'}
              </span>
            </div>
          )}
        </Field>
        <Field id={passphraseId} label="Passphrase of the file" error={problems.passphrase} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              autoComplete="current-password"
              value={passphrase}
              maxLength={1024}
              disabled={working}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CertificateInfo } from '../../../src-main/api/schemas/packs';
import { ApiError, failureMessage } from '../../api/api-error';
import { Dialog } from '../../shared/components/Dialog';
import { Field } from '../../shared/components/Field';
import { useIdentitiesStore } from './identities-store';
import {
  checkCreateIdentity,
  emptyCreateIdentity,
  issuesByField,
  MIN_PASSPHRASE_LENGTH,
  type CreateIdentityField,
  type CreateIdentityProblems,
  type CreateIdentityValues,
} from './identity-form';

interface CreateIdentityDialogProps {
  onCreated(certificate: CertificateInfo): void;
  onDismiss(): void;
}

/** Makes a key pair and a self-signed certificate for the consultant, kept encrypted on this computer. */
export function CreateIdentityDialog({ onCreated, onDismiss }: CreateIdentityDialogProps) {
  const [values, setValues] = useState<CreateIdentityValues>(emptyCreateIdentity);
  const [problems, setProblems] = useState<CreateIdentityProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const formId = useId();
  const noteId = useId();

  const change = (field: CreateIdentityField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Once a field has been marked, it is checked again as the user types, so the mark goes when fixed.
    if (Object.keys(problems).length > 0) setProblems(checkCreateIdentity(next));
  };

  const focusFirstProblem = (found: CreateIdentityProblems) => {
    const first = (['name', 'organisation', 'email', 'passphrase', 'repeat'] as const).find(
      (field) => found[field],
    );
    if (first) document.getElementById(`${formId}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkCreateIdentity(values);
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found);
      return;
    }
    setWorking(true);
    try {
      const certificate = await useIdentitiesStore.getState().create({
        name: values.name.trim(),
        organisation: values.organisation.trim(),
        email: values.email.trim(),
        passphrase: values.passphrase,
      });
      onCreated(certificate);
    } catch (error) {
      const { fields, general } = issuesByField(error instanceof ApiError ? error.issues : []);
      // Rendered at once, so the fields are enabled again before focus moves to the first problem.
      flushSync(() => {
        setWorking(false);
        setProblems(fields);
        if (general.length > 0 || Object.keys(fields).length === 0)
          setFailure(general.length > 0 ? general.join(' ') : failureMessage(error));
      });
      if (Object.keys(fields).length > 0) focusFirstProblem(fields);
    }
  };

  const text = (
    field: CreateIdentityField,
    label: string,
    type: string,
    autoComplete: string,
    hint?: string,
  ) => (
    <Field id={`${formId}-${field}`} label={label} hint={hint} error={problems[field]} required>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          autoComplete={autoComplete}
          value={values[field]}
          maxLength={field === 'email' ? 254 : field === 'passphrase' || field === 'repeat' ? 1024 : 200}
          disabled={working}
          onChange={(event) => change(field, event.target.value)}
          {...(field === 'name' ? { 'data-autofocus': '' } : {})}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      title="Create a signing identity"
      onDismiss={onDismiss}
      dismissable={!working}
      actions={
        <>
          <button type="button" className="button" onClick={onDismiss} disabled={working}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={working}>
            {working ? 'Creating…' : 'Create identity'}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="identity-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-describedby={noteId}
      >
        <p className="identity-form__note" id={noteId}>
          Clausebook makes a key pair and a certificate in your name. The key is kept encrypted with your
          passphrase on this computer only — never in a workspace, and never shown here.
        </p>
        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
        {text('name', 'Your name', 'text', 'name')}
        {text('organisation', 'Organisation', 'text', 'organization')}
        {text('email', 'Email address', 'email', 'email')}
        <div className="form__row">
          {text(
            'passphrase',
            'Passphrase',
            'password',
            'new-password',
            `At least ${MIN_PASSPHRASE_LENGTH} characters. You enter it each time you sign a pack.`,
          )}
          {text(
            'repeat',
            'Repeat the passphrase',
            'password',
            'new-password',
            'Typed twice, so that a slip of the finger cannot lock the key away.',
          )}
        </div>
        <p className="identity-form__note">
          The certificate is self-signed: give auditors its fingerprint (or the certificate itself) by a
          separate channel, so they can tell the pack is yours.
        </p>
      </form>
    </Dialog>
  );
}

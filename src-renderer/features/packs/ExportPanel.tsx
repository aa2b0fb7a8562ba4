import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Card } from '../../shared/components/Card';
import { Field } from '../../shared/components/Field';
import { StatusChip } from '../../shared/components/StatusChip';
import { ExportStatus } from './ExportStatus';
import { useIdentitiesStore } from './identities-store';
import { usePackExportStore } from './pack-export-store';
import { allPackClauses, isUsable, packClauses, shortFingerprint, validityChip } from './pack-format';

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="field__error-icon">
        <circle cx="8" cy="8" r="7" />
        <path d="M8 4.5v4.2M8 11.2v.1" />
      </svg>
      {message}
    </p>
  );
}

/** Chooses who signs and what goes in, then starts the export and follows it to the written pack. */
export function ExportPanel() {
  const identities = useIdentitiesStore((state) => state.identities);
  const identitiesReady = useIdentitiesStore((state) => state.status === 'ready');
  const fingerprint = usePackExportStore((state) => state.fingerprint);
  const options = usePackExportStore((state) => state.options);
  const job = usePackExportStore((state) => state.job);
  // The passphrase stays in this form only as long as it is needed, never in a store.
  const [passphrase, setPassphrase] = useState('');
  const now = useIdentitiesStore((state) => state.listedAt);
  const formId = useId();
  const ids = {
    identity: `${formId}-identity`,
    identityError: `${formId}-identity-error`,
    passphrase: `${formId}-passphrase`,
    clauses: `${formId}-clauses`,
    clausesError: `${formId}-clauses-error`,
    notesHint: `${formId}-notes-hint`,
    evidenceHint: `${formId}-evidence-hint`,
  };

  const store = usePackExportStore.getState;
  const chosen =
    identities.find((identity) => identity.fingerprintSha256 === fingerprint) ??
    identities.find((identity) => isUsable(identity, now)) ??
    null;
  const chosenFingerprint = chosen?.fingerprintSha256 ?? null;
  const busy = job.state === 'starting' || job.state === 'running';
  const failure = job.state === 'failed' ? job.failure : null;
  const errorFor = (target: 'identity' | 'passphrase' | 'clauses') =>
    failure?.target === target ? failure.message : undefined;

  const focusRefusal = useRef(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    store().chooseIdentity(chosen?.fingerprintSha256 ?? null);
    focusRefusal.current = true;
    await store().start(passphrase);
    if (store().job.state === 'running') {
      setPassphrase('');
      // A job that fails later, while the user may be anywhere, shows its message without taking focus.
      focusRefusal.current = false;
    }
  };

  // A refusal moves focus to the control it concerns, once the form is enabled again (after render).
  useEffect(() => {
    if (!failure || !focusRefusal.current) return;
    focusRefusal.current = false;
    const focus =
      failure.target === 'passphrase'
        ? ids.passphrase
        : failure.target === 'clauses'
          ? `${ids.clauses}-4`
          : failure.target === 'identity' && chosenFingerprint
            ? `${ids.identity}-${chosenFingerprint}`
            : null;
    if (focus) document.getElementById(focus)?.focus();
  }, [failure, ids.passphrase, ids.clauses, ids.identity, chosenFingerprint]);

  const toggleClause = (number: (typeof allPackClauses)[number], on: boolean) => {
    const next = on ? [...options.clauses, number] : options.clauses.filter((clause) => clause !== number);
    store().setOptions({ clauses: allPackClauses.filter((clause) => next.includes(clause)) });
    if (next.length > 0) store().dismissFailure('clauses');
  };

  const noIdentity = identitiesReady && identities.length === 0;

  return (
    <Card title="Export a signed pack" className="export-panel">
      <form className="export-form" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset
          className="export-form__group"
          aria-describedby={errorFor('identity') ? ids.identityError : undefined}
          disabled={busy}
        >
          <legend className="export-form__legend">Signed by</legend>
          {noIdentity ? (
            <p className="export-form__empty">
              No signing identity yet: create or import one under Signing identities first.
            </p>
          ) : (
            <div className="signer-options">
              {identities.map((identity) => {
                const id = `${ids.identity}-${identity.fingerprintSha256}`;
                const usable = isUsable(identity, now);
                return (
                  <label key={identity.fingerprintSha256} className="signer-option" htmlFor={id}>
                    <input
                      id={id}
                      type="radio"
                      name={ids.identity}
                      className="signer-option__radio"
                      checked={chosen?.fingerprintSha256 === identity.fingerprintSha256}
                      disabled={!usable}
                      onChange={() => {
                        store().chooseIdentity(identity.fingerprintSha256);
                        store().dismissFailure('identity');
                      }}
                    />
                    <span className="signer-option__text">
                      <span className="signer-option__name">
                        {identity.subject.commonName}
                        {identity.subject.organisation && (
                          <span className="signer-option__org"> · {identity.subject.organisation}</span>
                        )}
                      </span>{' '}
                      <span className="signer-option__fingerprint">
                        {shortFingerprint(identity.fingerprintSha256)}
                      </span>
                    </span>
                    {!usable && <StatusChip {...validityChip(identity, now)} />}
                  </label>
                );
              })}
            </div>
          )}
          <FieldError id={ids.identityError} message={errorFor('identity')} />
        </fieldset>

        <Field
          id={ids.passphrase}
          label="Passphrase of the signing identity"
          error={errorFor('passphrase')}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input export-form__passphrase"
              type="password"
              autoComplete="current-password"
              value={passphrase}
              maxLength={1024}
              disabled={busy || noIdentity}
              onChange={(event) => {
                setPassphrase(event.target.value);
                store().dismissFailure('passphrase');
              }}
            />
          )}
        </Field>

        <fieldset
          className="export-form__group"
          aria-describedby={errorFor('clauses') ? ids.clausesError : undefined}
          disabled={busy}
        >
          <legend className="export-form__legend">
            Clauses in the pack
            <span className="export-form__legend-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  store().setOptions({ clauses: [...allPackClauses] });
                  store().dismissFailure('clauses');
                }}
              >
                All
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => store().setOptions({ clauses: [] })}
              >
                None
              </button>
            </span>
          </legend>
          <div className="clause-options">
            {packClauses.map((clause) => {
              const id = `${ids.clauses}-${clause.number}`;
              return (
                <label key={clause.number} className="clause-option" htmlFor={id}>
                  <input
                    id={id}
                    type="checkbox"
                    className="checkbox"
                    checked={options.clauses.includes(clause.number)}
                    onChange={(event) => toggleClause(clause.number, event.target.checked)}
                  />
                  <span className="clause-option__number">{clause.number}</span>{' '}
                  <span className="clause-option__title">{clause.title}</span>
                </label>
              );
            })}
          </div>
          <FieldError id={ids.clausesError} message={errorFor('clauses')} />
        </fieldset>

        <fieldset className="export-form__group" disabled={busy}>
          <legend className="export-form__legend">Contents</legend>
          <label className="checkbox-field export-form__option">
            <input
              type="checkbox"
              className="checkbox"
              checked={options.embedEvidence}
              aria-describedby={ids.evidenceHint}
              onChange={(event) => store().setOptions({ embedEvidence: event.target.checked })}
            />
            <span>
              <span className="checkbox-field__label">Embed evidence files</span>
              <span className="export-form__hint" id={ids.evidenceHint}>
                {options.embedEvidence
                  ? 'The files go inside the PDF, where the auditor opens them from the attachments panel.'
                  : 'The files are left out; the manifest still lists each with its SHA-256, for comparing with copies sent separately.'}
              </span>
            </span>
          </label>
          <label className="checkbox-field export-form__option">
            <input
              type="checkbox"
              className="checkbox"
              checked={options.includeInternalNotes}
              aria-describedby={ids.notesHint}
              onChange={(event) => store().setOptions({ includeInternalNotes: event.target.checked })}
            />
            <span>
              <span className="checkbox-field__label">Include internal notes</span>
              <span className="export-form__hint" id={ids.notesHint}>
                Your own working notes on each item. Left out unless you choose them.
              </span>
            </span>
          </label>
          {options.includeInternalNotes && (
            <p className="notice notice--warning export-form__warning">
              The auditor will be able to read every internal note in this pack. Check they hold nothing you
              would not say to the auditor.
            </p>
          )}
        </fieldset>

        {failure?.target === 'general' && (
          <div className="notice notice--error" role="alert">
            <strong>The pack was not made.</strong> {failure.message}
          </div>
        )}

        <div className="export-form__actions">
          <button type="submit" className="button button--primary" disabled={busy || noIdentity}>
            {busy ? 'Exporting…' : 'Sign and export'}
          </button>
          <span className="export-form__summary">
            {options.clauses.length === allPackClauses.length
              ? 'All clauses'
              : options.clauses.length === 0
                ? 'No clause chosen'
                : `Clause${options.clauses.length === 1 ? '' : 's'} ${options.clauses.join(', ')}`}
            {' · '}
            {options.embedEvidence ? 'evidence embedded' : 'evidence listed only'}
            {options.includeInternalNotes ? ' · with internal notes' : ''}
          </span>
        </div>
      </form>
      <ExportStatus />
    </Card>
  );
}

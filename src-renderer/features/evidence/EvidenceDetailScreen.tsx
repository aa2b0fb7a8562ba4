import { useEffect, useId, useState } from 'react';
import type { Evidence, LinkTarget } from '../../../src-main/api/schemas/evidence';
import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { navigateToHref } from '../../app/router/hash-route';
import { Card } from '../../shared/components/Card';
import { Field } from '../../shared/components/Field';
import { SCREEN_HEADING_ID } from '../../shared/components/ScreenHeader';
import { BackIcon, TrashIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { formatTimestamp } from '../../shared/format/timestamp';
import { failureMessage } from '../../api/api-error';
import { ConfirmDeleteDialog } from '../../shared/components/ConfirmDeleteDialog';
import { detailHref } from '../registers/model/register-routes';
import { capitalised, isRegisterId, registers } from '../registers/model/registers';
import { useFlashStore } from '../registers/state/register-data-store';
import { EvidencePreview } from './EvidencePreview';
import { evidenceListHref, mediaTypeLabel } from './evidence-format';
import { useEvidenceStore } from './evidence-store';
import { ItemSelect } from './ItemSelect';
import { itemText, useItemLibrary } from './item-library-store';
import { RecordChooser } from './RecordChooser';

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; evidence: Evidence };

function MetadataForm({ evidence, onSaved }: { evidence: Evidence; onSaved(next: Evidence): void }) {
  const [description, setDescription] = useState(evidence.description);
  const [effectiveDate, setEffectiveDate] = useState(evidence.effectiveDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const dirty = description !== evidence.description || effectiveDate !== (evidence.effectiveDate ?? '');

  const save = async () => {
    setState('saving');
    setErrors({});
    setFailure(null);
    try {
      const next = await api.call('evidence.update', {
        id: evidence.id,
        values: { description, effectiveDate: effectiveDate || null },
      });
      onSaved(next);
      setState('saved');
    } catch (error) {
      setState('idle');
      if (error instanceof ApiError && error.issues.length > 0) {
        setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path.at(-1) ?? '', issue.message])));
      } else setFailure(failureMessage(error));
    }
  };

  return (
    <form
      className="form evidence-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        id={`${id}-description`}
        label="Description"
        hint="What the file shows and why it is evidence."
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            className="input input--multiline"
            rows={3}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
              setState('idle');
            }}
          />
        )}
      </Field>
      <Field
        id={`${id}-effective`}
        label="Effective date"
        hint="When the evidence was valid, e.g. the date of the meeting or the report."
        error={errors.effectiveDate}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            className="input evidence-form__date"
            value={effectiveDate}
            onChange={(event) => {
              setEffectiveDate(event.target.value);
              setState('idle');
            }}
          />
        )}
      </Field>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!dirty || state === 'saving'}>
          {state === 'saving' ? 'Saving…' : 'Save details'}
        </button>
        <span className="form__state" role="status">
          {state === 'saved' && !dirty ? 'Saved' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>
    </form>
  );
}

function LinksCard({ evidence, onChanged }: { evidence: Evidence; onChanged(next: Evidence): void }) {
  const byId = useItemLibrary((state) => state.byId);
  const libraryId = useItemLibrary((state) => state.libraryId);
  const [item, setItem] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const itemSelectId = useId();

  const change = async (method: 'evidence.link' | 'evidence.unlink', target: LinkTarget) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.call(method, { id: evidence.id, target }));
      return true;
    } catch (error) {
      setFailure(failureMessage(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const lib = libraryId ?? evidence.items[0]?.libraryId ?? 'iso20000-1-2018';
  return (
    <Card title="Supports">
      <h3 className="evidence-links__heading">Requirement items</h3>
      {evidence.items.length === 0 ? (
        <p className="card__empty">Not linked to any requirement item.</p>
      ) : (
        <ul className="evidence-links" aria-label="Linked requirement items">
          {evidence.items.map((link) => (
            <li key={`${link.libraryId}-${link.itemId}`} className="evidence-links__item">
              <span className="evidence-links__text">{itemText(byId[link.itemId], link.itemId)}</span>
              <button
                type="button"
                className="link-button link-button--quiet-danger"
                disabled={busy}
                onClick={() =>
                  void change('evidence.unlink', {
                    kind: 'item',
                    libraryId: link.libraryId,
                    itemId: link.itemId,
                  })
                }
              >
                Unlink<span className="visually-hidden"> item {link.itemId}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-chooser">
        <div className="link-chooser__field link-chooser__field--grow">
          <label className="field__label" htmlFor={itemSelectId}>
            Requirement item
          </label>
          <ItemSelect
            id={itemSelectId}
            value={item}
            onChange={setItem}
            exclude={evidence.items.map((link) => link.itemId)}
          />
        </div>
        <button
          type="button"
          className="button"
          disabled={busy || item === ''}
          onClick={() =>
            void change('evidence.link', { kind: 'item', libraryId: lib, itemId: item }).then(
              (done) => done && setItem(''),
            )
          }
        >
          Link item
        </button>
      </div>

      <h3 className="evidence-links__heading">Register records</h3>
      {evidence.records.length === 0 ? (
        <p className="card__empty">Not linked to any register record.</p>
      ) : (
        <ul className="evidence-links" aria-label="Linked register records">
          {evidence.records.map((record) => (
            <li key={`${record.register}-${record.id}`} className="evidence-links__item">
              <span className="evidence-links__text">
                <span className="referrers__register">
                  {isRegisterId(record.register)
                    ? capitalised(registers[record.register].singular)
                    : record.register}
                </span>{' '}
                <a href={detailHref(record.register, record.id)}>
                  {record.code} · {record.name}
                </a>
              </span>
              <button
                type="button"
                className="link-button link-button--quiet-danger"
                disabled={busy}
                onClick={() =>
                  void change('evidence.unlink', { kind: 'record', register: record.register, id: record.id })
                }
              >
                Unlink<span className="visually-hidden"> {record.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <RecordChooser
        purpose="Link record"
        disabled={busy}
        onChoose={(register, id) => void change('evidence.link', { kind: 'record', register, id })}
      />
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </Card>
  );
}

function DeleteEvidenceDialog({ evidence, onDismiss }: { evidence: Evidence; onDismiss(): void }) {
  const remove = async () => {
    const outcome = await api.call('evidence.delete', { id: evidence.id });
    useEvidenceStore.getState().changed();
    useFlashStore
      .getState()
      .show(
        `Evidence ${evidence.code} deleted${outcome.contentRemoved ? '' : '; its content stays, shared with another file'}.`,
        evidenceListHref,
      );
    navigateToHref(evidenceListHref);
  };
  return (
    <ConfirmDeleteDialog
      title={`Delete evidence ${evidence.code}?`}
      confirmLabel="Delete evidence"
      onConfirm={remove}
      onDismiss={onDismiss}
    >
      <p>
        <strong>{evidence.fileName}</strong> and its links will be removed from the evidence library. The
        change log keeps a record of it.
      </p>
    </ConfirmDeleteDialog>
  );
}

/** One evidence file: its preview, details, fingerprint and what it supports. */
export function EvidenceDetailScreen({ id }: { id: string }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api
      .call('evidence.get', { id })
      .then((evidence) => !cancelled && setLoad({ kind: 'ready', evidence }))
      .catch((error: unknown) => !cancelled && setLoad({ kind: 'failed', message: failureMessage(error) }));
    return () => {
      cancelled = true;
    };
  }, [id]);

  const update = (evidence: Evidence) => {
    setLoad({ kind: 'ready', evidence });
    useEvidenceStore.getState().changed();
  };

  const evidence = load.kind === 'ready' ? load.evidence : null;
  return (
    <div className="detail-screen">
      <a className="back-link" href={evidenceListHref}>
        <BackIcon />
        Evidence
      </a>
      <div className="screen-header record-header">
        <div className="screen-header__text">
          {evidence && (
            <p className="record-header__eyebrow">
              Evidence <span className="record-header__code">{evidence.code}</span>
            </p>
          )}
          <h1 id={SCREEN_HEADING_ID} className="screen-header__title" tabIndex={-1}>
            {evidence ? evidence.fileName : load.kind === 'failed' ? 'Evidence not found' : 'Loading…'}
          </h1>
          {evidence && (
            <div className="record-header__meta">
              <span className="record-header__dates">
                Added {formatTimestamp(evidence.addedAt)} · {mediaTypeLabel(evidence.mediaType)} ·{' '}
                {formatByteSize(evidence.sizeBytes)}
              </span>
            </div>
          )}
        </div>
        {evidence && (
          <div className="screen-header__aside record-header__actions">
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              <TrashIcon />
              Delete<span className="visually-hidden"> {evidence.fileName}</span>
            </button>
          </div>
        )}
      </div>
      {load.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {load.message}
        </p>
      )}
      {evidence && (
        <div className="detail-layout">
          <div className="detail-layout__main">
            <Card title="Preview">
              <EvidencePreview evidence={evidence} />
            </Card>
            <Card title="Details">
              <MetadataForm key={evidence.id} evidence={evidence} onSaved={update} />
            </Card>
          </div>
          <div className="detail-layout__aside">
            <LinksCard evidence={evidence} onChanged={update} />
            <Card title="Fingerprint">
              <dl className="facts">
                <div className="facts__row facts__row--block">
                  <dt>SHA-256</dt>
                  <dd>
                    <code className="evidence-hash evidence-hash--full" data-testid="sha256">
                      {evidence.sha256}
                    </code>
                  </dd>
                </div>
              </dl>
            </Card>
          </div>
        </div>
      )}
      {deleting && evidence && (
        <DeleteEvidenceDialog evidence={evidence} onDismiss={() => setDeleting(false)} />
      )}
    </div>
  );
}

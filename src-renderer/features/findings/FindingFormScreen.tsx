import { useEffect, useId, useState } from 'react';
import type { EvidenceSummary, RecordRef } from '../../../src-main/api/schemas/evidence';
import type { Finding, FindingStatus, FindingType } from '../../../src-main/api/schemas/findings';
import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { navigateToHref } from '../../app/router/hash-route';
import { Card } from '../../shared/components/Card';
import { Field } from '../../shared/components/Field';
import { SCREEN_HEADING_ID } from '../../shared/components/ScreenHeader';
import { BackIcon, TrashIcon } from '../../shared/components/icons';
import { localToday } from '../../shared/format/calendar-date';
import { ItemSelect } from '../evidence/ItemSelect';
import { RecordChooser } from '../evidence/RecordChooser';
import { evidenceHref } from '../evidence/evidence-format';
import { itemText, useItemLibrary } from '../evidence/item-library-store';
import { failureMessage } from '../../api/api-error';
import { ConfirmDeleteDialog } from '../../shared/components/ConfirmDeleteDialog';
import { RecordLink } from '../registers/detail/detail-parts';
import { capitalised, registers } from '../registers/model/registers';
import { useFlashStore } from '../registers/state/register-data-store';
import {
  actionStatusIds,
  actionStatusLabels,
  findingHref,
  findingStatusIds,
  findingStatusLabels,
  findingTypeIds,
  findingTypeLabels,
  findingsListHref,
  isNonconformity,
  type ActionStatus,
} from './finding-labels';
import { useFindingsStore } from './findings-store';

interface FormValues {
  type: FindingType;
  title: string;
  description: string;
  status: FindingStatus;
  raisedOn: string;
  libraryId: string | null;
  items: string[];
  records: RecordRef[];
  action: { description: string; owner: string; dueDate: string; status: ActionStatus; evidence: string[] };
}

function valuesOf(finding: Finding | null): FormValues {
  if (!finding) {
    return {
      type: 'minor_nc',
      title: '',
      description: '',
      status: 'open',
      raisedOn: localToday(),
      libraryId: null,
      items: [],
      records: [],
      action: { description: '', owner: '', dueDate: '', status: 'not_started', evidence: [] },
    };
  }
  const action = finding.correctiveAction;
  return {
    type: finding.type,
    title: finding.title,
    description: finding.description,
    status: finding.status,
    raisedOn: finding.raisedOn,
    libraryId: finding.items[0]?.libraryId ?? null,
    items: finding.items.map((item) => item.itemId),
    records: finding.records.map(({ register, id }) => ({ register, id })),
    action: {
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate ?? '',
      status: action.status,
      evidence: action.closureEvidence.map((evidence) => evidence.id),
    },
  };
}

function DeleteFindingDialog({ finding, onDismiss }: { finding: Finding; onDismiss(): void }) {
  const remove = async () => {
    await api.call('findings.delete', { id: finding.id });
    useFindingsStore.getState().changed();
    useFlashStore.getState().show(`Finding ${finding.code} deleted.`, findingsListHref);
    navigateToHref(findingsListHref);
  };
  return (
    <ConfirmDeleteDialog
      title={`Delete finding ${finding.code}?`}
      confirmLabel="Delete finding"
      onConfirm={remove}
      onDismiss={onDismiss}
    >
      <p>
        <strong>{finding.title}</strong> and its corrective action will be removed. The change log keeps a
        copy.
      </p>
    </ConfirmDeleteDialog>
  );
}

/** A new finding (`#/findings/new`) or an existing one to edit (`#/findings/<id>`). */
export function FindingFormScreen({ id }: { id: string | null }) {
  const [finding, setFinding] = useState<Finding | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const [values, setValues] = useState<FormValues>(() => valuesOf(null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [item, setItem] = useState('');
  const [evidencePick, setEvidencePick] = useState('');
  const [evidenceFiles, setEvidenceFiles] = useState<EvidenceSummary[]>([]);
  const byId = useItemLibrary((state) => state.byId);
  const libraryId = useItemLibrary((state) => state.libraryId);
  const f = useId();

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    api
      .call('findings.get', { id })
      .then((found) => {
        if (cancelled) return;
        setFinding(found);
        setValues(valuesOf(found));
      })
      .catch((error: unknown) => !cancelled && setLoadFailure(failureMessage(error)));
    return () => {
      cancelled = true;
    };
  }, [id]);

  useEffect(() => {
    api
      .call('evidence.list', { search: '', unlinked: false })
      .then(setEvidenceFiles)
      .catch(() => undefined);
  }, []);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setAction = <K extends keyof FormValues['action']>(key: K, value: FormValues['action'][K]) =>
    setValues((current) => ({ ...current, action: { ...current.action, [key]: value } }));

  const save = async () => {
    setSaving(true);
    setErrors({});
    setFailure(null);
    const lib = values.libraryId ?? libraryId ?? 'iso20000-1-2018';
    const input = {
      type: values.type,
      title: values.title,
      description: values.description,
      status: values.status,
      raisedOn: values.raisedOn,
      items: values.items.map((itemId) => ({ libraryId: lib, itemId })),
      records: values.records,
      correctiveAction: {
        description: values.action.description,
        owner: values.action.owner,
        dueDate: values.action.dueDate || null,
        status: values.action.status,
        closureEvidenceIds: values.action.evidence,
      },
    };
    try {
      const saved = finding
        ? await api.call('findings.update', { id: finding.id, values: { ...input, code: finding.code } })
        : await api.call('findings.create', input);
      useFindingsStore.getState().changed();
      useFlashStore
        .getState()
        .show(`Finding ${saved.code} ${finding ? 'saved' : 'raised'}.`, findingsListHref);
      navigateToHref(findingsListHref);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.issues.length > 0) {
        const next: Record<string, string> = {};
        for (const issue of error.issues) {
          const key = issue.path.filter((part) => part !== 'values').join('.');
          next[key] = next[key] ? `${next[key]} ${issue.message}` : issue.message;
        }
        setErrors(next);
        setFailure('Some fields need attention; see the messages next to them.');
      } else setFailure(failureMessage(error));
    }
  };

  if (id && !finding) {
    return (
      <div className="form-screen">
        <a className="back-link" href={findingsListHref}>
          <BackIcon />
          Findings
        </a>
        <h1 id={SCREEN_HEADING_ID} className="screen-header__title" tabIndex={-1}>
          {loadFailure ? 'Finding not found' : 'Loading…'}
        </h1>
        {loadFailure && (
          <p className="notice notice--error" role="alert">
            {loadFailure}
          </p>
        )}
      </div>
    );
  }

  const evidenceName = (evidenceId: string) => {
    const file =
      evidenceFiles.find((candidate) => candidate.id === evidenceId) ??
      finding?.correctiveAction.closureEvidence.find((candidate) => candidate.id === evidenceId);
    return file ? `${file.code} · ${file.fileName}` : evidenceId;
  };
  const nonconformity = isNonconformity(values.type);

  return (
    <div className="form-screen finding-form-screen">
      <a className="back-link" href={findingsListHref}>
        <BackIcon />
        Findings
      </a>
      <div className="screen-header record-header">
        <div className="screen-header__text">
          {finding && (
            <p className="record-header__eyebrow">
              Finding <span className="record-header__code">{finding.code}</span>
            </p>
          )}
          <h1 id={SCREEN_HEADING_ID} className="screen-header__title" tabIndex={-1}>
            {finding ? `Edit ${finding.title}` : 'New finding'}
          </h1>
        </div>
        {finding && (
          <div className="screen-header__aside record-header__actions">
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              <TrashIcon />
              Delete<span className="visually-hidden"> finding {finding.code}</span>
            </button>
          </div>
        )}
      </div>
      <form
        className="form finding-form"
        noValidate
        aria-label={finding ? `Edit finding ${finding.code}` : 'New finding'}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Card title="Finding">
          <div className="finding-form__grid">
            <Field id={`${f}-type`} label="Type" required error={errors.type}>
              {(control) => (
                <select
                  {...control}
                  className="input input--select"
                  value={values.type}
                  onChange={(event) => set('type', event.target.value as FindingType)}
                >
                  {findingTypeIds.map((type) => (
                    <option key={type} value={type}>
                      {findingTypeLabels[type]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${f}-raised`} label="Raised on" required error={errors.raisedOn}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="input"
                  value={values.raisedOn}
                  onChange={(event) => set('raisedOn', event.target.value)}
                />
              )}
            </Field>
            <Field
              id={`${f}-status`}
              label="Status"
              required
              hint={
                nonconformity
                  ? 'A nonconformity closes once its action is verified and evidenced.'
                  : undefined
              }
              error={errors.status}
            >
              {(control) => (
                <select
                  {...control}
                  className="input input--select"
                  value={values.status}
                  onChange={(event) => set('status', event.target.value as FindingStatus)}
                >
                  {findingStatusIds.map((status) => (
                    <option key={status} value={status}>
                      {findingStatusLabels[status]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id={`${f}-title`} label="Title" required error={errors.title}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={values.title}
                data-autofocus=""
                onChange={(event) => set('title', event.target.value)}
              />
            )}
          </Field>
          <Field
            id={`${f}-description`}
            label="Description"
            hint="What was seen, against which requirement, and why it falls short."
            error={errors.description}
          >
            {(control) => (
              <textarea
                {...control}
                className="input input--multiline"
                rows={4}
                value={values.description}
                onChange={(event) => set('description', event.target.value)}
              />
            )}
          </Field>
        </Card>

        <Card title="Concerns">
          <h3 className="evidence-links__heading">Requirement items</h3>
          {values.items.length === 0 ? (
            <p className="card__empty">No requirement item linked.</p>
          ) : (
            <ul className="evidence-links" aria-label="Linked requirement items">
              {values.items.map((itemId) => (
                <li key={itemId} className="evidence-links__item">
                  <span className="evidence-links__text">{itemText(byId[itemId], itemId)}</span>
                  <button
                    type="button"
                    className="link-button link-button--quiet-danger"
                    onClick={() =>
                      set(
                        'items',
                        values.items.filter((other) => other !== itemId),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> item {itemId}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="link-chooser">
            <div className="link-chooser__field link-chooser__field--grow">
              <label className="field__label" htmlFor={`${f}-item`}>
                Requirement item
              </label>
              <ItemSelect id={`${f}-item`} value={item} onChange={setItem} exclude={values.items} />
            </div>
            <button
              type="button"
              className="button"
              disabled={item === ''}
              onClick={() => {
                set('items', [...values.items, item]);
                setItem('');
              }}
            >
              Add item
            </button>
          </div>
          {errors.items && <p className="field__error">{errors.items}</p>}

          <h3 className="evidence-links__heading">Register records</h3>
          {values.records.length === 0 ? (
            <p className="card__empty">No register record linked.</p>
          ) : (
            <ul className="evidence-links" aria-label="Linked register records">
              {values.records.map((record) => (
                <li key={`${record.register}-${record.id}`} className="evidence-links__item">
                  <span className="evidence-links__text">
                    <span className="referrers__register">
                      {capitalised(registers[record.register].singular)}
                    </span>{' '}
                    <RecordLink register={record.register} id={record.id} />
                  </span>
                  <button
                    type="button"
                    className="link-button link-button--quiet-danger"
                    onClick={() =>
                      set(
                        'records',
                        values.records.filter(
                          (other) => !(other.register === record.register && other.id === record.id),
                        ),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> record</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <RecordChooser
            purpose="Add record"
            onChoose={(register, recordId) => {
              if (values.records.some((other) => other.register === register && other.id === recordId))
                return;
              set('records', [...values.records, { register, id: recordId }]);
            }}
          />
        </Card>

        <Card title="Corrective action">
          {nonconformity && (
            <p className="form-section__description">
              A nonconformity is closed only once its corrective action is verified as effective and the
              evidence that it worked is attached.
            </p>
          )}
          <Field
            id={`${f}-action`}
            label="Action"
            hint="What will be done to remove the cause, so it does not happen again."
            error={errors['correctiveAction.description']}
          >
            {(control) => (
              <textarea
                {...control}
                className="input input--multiline"
                rows={3}
                value={values.action.description}
                onChange={(event) => setAction('description', event.target.value)}
              />
            )}
          </Field>
          <div className="finding-form__grid">
            <Field id={`${f}-owner`} label="Action owner" error={errors['correctiveAction.owner']}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={values.action.owner}
                  onChange={(event) => setAction('owner', event.target.value)}
                />
              )}
            </Field>
            <Field id={`${f}-due`} label="Action due date" error={errors['correctiveAction.dueDate']}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="input"
                  value={values.action.dueDate}
                  onChange={(event) => setAction('dueDate', event.target.value)}
                />
              )}
            </Field>
            <Field
              id={`${f}-action-status`}
              label="Action status"
              required
              error={errors['correctiveAction.status']}
            >
              {(control) => (
                <select
                  {...control}
                  className="input input--select"
                  value={values.action.status}
                  onChange={(event) => setAction('status', event.target.value as ActionStatus)}
                >
                  {actionStatusIds.map((status) => (
                    <option key={status} value={status}>
                      {actionStatusLabels[status]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <h3 className="evidence-links__heading">Closure evidence</h3>
          {values.action.evidence.length === 0 ? (
            <p className="card__empty">No closure evidence yet.</p>
          ) : (
            <ul className="evidence-links" aria-label="Closure evidence">
              {values.action.evidence.map((evidenceId) => (
                <li key={evidenceId} className="evidence-links__item">
                  <a className="evidence-links__text" href={evidenceHref(evidenceId)}>
                    {evidenceName(evidenceId)}
                  </a>
                  <button
                    type="button"
                    className="link-button link-button--quiet-danger"
                    onClick={() =>
                      setAction(
                        'evidence',
                        values.action.evidence.filter((other) => other !== evidenceId),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> {evidenceName(evidenceId)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="link-chooser">
            <div className="link-chooser__field link-chooser__field--grow">
              <label className="field__label" htmlFor={`${f}-evidence`}>
                Evidence file
              </label>
              <select
                id={`${f}-evidence`}
                className="input input--select"
                value={evidencePick}
                aria-describedby={
                  errors['correctiveAction.closureEvidenceIds'] ? `${f}-evidence-error` : undefined
                }
                onChange={(event) => setEvidencePick(event.target.value)}
              >
                <option value="">
                  {evidenceFiles.length === 0 ? 'No evidence in the library yet' : 'Choose an evidence file…'}
                </option>
                {evidenceFiles
                  .filter((file) => !values.action.evidence.includes(file.id))
                  .map((file) => (
                    <option key={file.id} value={file.id}>
                      {file.code} · {file.fileName}
                    </option>
                  ))}
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={evidencePick === ''}
              onClick={() => {
                setAction('evidence', [...values.action.evidence, evidencePick]);
                setEvidencePick('');
              }}
            >
              Add evidence
            </button>
          </div>
          {errors['correctiveAction.closureEvidenceIds'] && (
            <p className="field__error" id={`${f}-evidence-error`}>
              {errors['correctiveAction.closureEvidenceIds']}
            </p>
          )}
        </Card>

        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-bar">
          <a
            className="button"
            href={finding ? findingHref(finding.id) : findingsListHref}
            onClick={(event) => {
              event.preventDefault();
              navigateToHref(findingsListHref);
            }}
          >
            Cancel
          </a>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : finding ? 'Save finding' : 'Raise finding'}
          </button>
        </div>
      </form>
      {deleting && finding && <DeleteFindingDialog finding={finding} onDismiss={() => setDeleting(false)} />}
    </div>
  );
}

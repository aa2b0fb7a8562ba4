import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { Engagement } from '../../../src-main/api/schemas/engagement';
import { Field } from '../../shared/components/Field';
import { auditTypeLabels, auditTypeOrder } from '../../shared/format/audit-type';
import {
  checkEngagementForm,
  isEngagementField,
  maxLengths,
  toEngagementInput,
  toFormValues,
  type EngagementField,
  type EngagementFormValues,
} from './engagement-form';
import { useSettingsStore } from './settings-store';

const resolver: Resolver<EngagementFormValues> = (values) => {
  const problems = Object.entries(checkEngagementForm(values));
  if (problems.length === 0) return { values, errors: {} };
  return {
    values: {},
    errors: Object.fromEntries(problems.map(([field, message]) => [field, { type: 'validate', message }])),
  };
};

interface EngagementFormProps {
  engagement: Engagement;
  /** Identifies the open workspace; remount the form (via `key`) when it changes. */
  workspaceKey: string;
}

/** Edits the engagement record. */
export function EngagementForm({ engagement, workspaceKey }: EngagementFormProps) {
  const status = useSettingsStore((state) => state.status);
  const failure = useSettingsStore((state) => state.failure);
  const issuesHaveFields = useSettingsStore((state) =>
    state.issues.some((issue) => isEngagementField(issue.path[0])),
  );
  const saveEngagement = useSettingsStore((state) => state.saveEngagement);
  const clearOutcome = useSettingsStore((state) => state.clearOutcome);
  const keepDraft = useSettingsStore((state) => state.keepDraft);
  const dropDraft = useSettingsStore((state) => state.dropDraft);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    subscribe,
    formState: { errors, isDirty },
  } = useForm<EngagementFormValues>({
    defaultValues: toFormValues(engagement),
    resolver,
    reValidateMode: 'onChange',
  });

  // A "Saved" left over from an earlier visit would claim something about this one.
  useEffect(() => clearOutcome, [clearOutcome]);

  // Bring back edits made before the user left this screen, still marked as unsaved; keep new ones.
  useEffect(() => {
    const { draft } = useSettingsStore.getState();
    if (draft?.workspaceKey === workspaceKey) {
      for (const [field, value] of Object.entries(draft.values)) {
        setValue(field as EngagementField, value, { shouldDirty: true });
      }
    }
    return subscribe({
      formState: { values: true },
      callback: ({ values, type }) => {
        if (type === 'change') keepDraft(workspaceKey, values);
      },
    });
  }, [workspaceKey, setValue, subscribe, keepDraft]);

  const discardChanges = () => {
    reset();
    dropDraft();
  };

  const onSubmit = handleSubmit(async (values) => {
    const saved = await saveEngagement(toEngagementInput(values));
    if (saved) {
      reset(toFormValues(saved));
      dropDraft();
      return;
    }
    // Put each of the core's objections next to its field, and focus the first of them.
    const marked = new Set<EngagementField>();
    for (const issue of useSettingsStore.getState().issues) {
      const field = issue.path[0];
      if (!isEngagementField(field) || marked.has(field)) continue;
      marked.add(field);
      setError(field, { type: 'server', message: issue.message }, { shouldFocus: marked.size === 1 });
    }
  });

  const saving = status === 'saving';
  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      onChange={clearOutcome}
      aria-describedby="engagement-form-note"
    >
      <p className="form__note" id="engagement-form-note">
        These details head the evidence pack and every report for this engagement.
      </p>

      {(status === 'failed' || status === 'rejected') && (
        <div className="notice notice--error" role="alert">
          <strong>The engagement was not saved.</strong>{' '}
          {issuesHaveFields ? 'Correct the fields marked below and save again.' : failure}
        </div>
      )}

      <Field
        id="clientOrganisation"
        label="Client organisation"
        required
        error={errors.clientOrganisation?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('clientOrganisation')}
            className="input"
            type="text"
            autoComplete="organization"
            maxLength={maxLengths.clientOrganisation}
          />
        )}
      </Field>

      <Field
        id="scopeStatement"
        label="Scope statement"
        hint="The services, locations and organisational units the service management system covers (clause 4.3)."
        error={errors.scopeStatement?.message}
      >
        {(control) => (
          <textarea
            {...control}
            {...register('scopeStatement')}
            className="input input--multiline"
            rows={5}
            maxLength={maxLengths.scopeStatement}
          />
        )}
      </Field>

      <div className="form__row">
        <Field id="auditType" label="Audit type" required error={errors.auditType?.message}>
          {(control) => (
            <select {...control} {...register('auditType')} className="input input--select">
              {auditTypeOrder.map((type) => (
                <option key={type} value={type}>
                  {auditTypeLabels[type]}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id="plannedAuditDate" label="Planned audit date" error={errors.plannedAuditDate?.message}>
          {(control) => (
            <input {...control} {...register('plannedAuditDate')} className="input" type="date" />
          )}
        </Field>
      </div>

      <Field id="consultantName" label="Consultant name" error={errors.consultantName?.message}>
        {(control) => (
          <input
            {...control}
            {...register('consultantName')}
            className="input"
            type="text"
            autoComplete="name"
            maxLength={maxLengths.consultantName}
          />
        )}
      </Field>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" disabled={!isDirty || saving} onClick={discardChanges}>
          Reset
        </button>
        <span className="form__state">
          {isDirty && <span className="badge badge--warning">Unsaved changes</span>}
          <span role="status" className="form__saved">
            {status === 'saved' && !isDirty ? 'Saved' : ''}
          </span>
        </span>
      </div>
    </form>
  );
}

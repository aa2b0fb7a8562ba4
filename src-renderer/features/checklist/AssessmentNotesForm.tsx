import { useId, useRef, useState, type FormEvent } from 'react';
import type { Assessment, AssessmentChanges } from '../../../src-main/api/schemas/assessment';
import { ApiError } from '../../api/api-error';
import { Field } from '../../shared/components/Field';
import { formatTimestamp } from '../../shared/format/timestamp';
import { useChecklistStore } from './checklist-store';

interface Draft {
  clientNotes: string;
  internalNotes: string;
  interviewees: string;
  owner: string;
  dueDate: string;
}

function draftOf(assessment: Assessment): Draft {
  return {
    clientNotes: assessment.clientNotes,
    internalNotes: assessment.internalNotes,
    interviewees: assessment.interviewees.join(', '),
    owner: assessment.owner,
    dueDate: assessment.dueDate ?? '',
  };
}

function changesOf(draft: Draft): AssessmentChanges {
  return {
    clientNotes: draft.clientNotes,
    internalNotes: draft.internalNotes,
    interviewees: draft.interviewees
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    owner: draft.owner,
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
  };
}

const same = (a: Draft, b: Draft) => (Object.keys(a) as (keyof Draft)[]).every((key) => a[key] === b[key]);

type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'failed';

interface NotesFormProps {
  itemId: string;
  assessment: Assessment;
  owners: readonly string[];
}

/**
 * Notes, interviewees, owner and due date. Saved when a field is left (so moving on never loses
 * anything) or with the Save button; the state beside it says which.
 */
export function AssessmentNotesForm({ itemId, assessment, owners }: NotesFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [saved, setSaved] = useState<Draft>(() => draftOf(assessment));
  const [state, setState] = useState<SaveState>('clean');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const saving = useRef<Promise<void> | null>(null);

  const save = async () => {
    if (saving.current) await saving.current;
    if (same(draft, saved)) return;
    const sent = draft;
    setState('saving');
    const attempt = useChecklistStore
      .getState()
      .update(itemId, changesOf(sent))
      .then(
        () => {
          setSaved(sent);
          setErrors({});
          setFailure(null);
          setState((current) => (current === 'saving' ? 'saved' : current));
        },
        (error: unknown) => {
          setState('failed');
          if (error instanceof ApiError && error.issues.length > 0) {
            setErrors(
              Object.fromEntries(error.issues.map((issue) => [issue.path.at(-1) ?? '', issue.message])),
            );
            setFailure('Not saved: correct the marked fields.');
          } else {
            setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      )
      .finally(() => {
        saving.current = null;
      });
    saving.current = attempt;
    await attempt;
  };

  const change = (key: keyof Draft, value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setState('dirty');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const dirty = !same(draft, saved);
  const stateText =
    state === 'saving'
      ? 'Saving…'
      : state === 'failed'
        ? (failure ?? 'Not saved')
        : dirty
          ? 'Unsaved changes'
          : state === 'saved'
            ? 'Saved'
            : '';

  const bind = (key: keyof Draft) => ({
    value: draft[key],
    onBlur: () => void save(),
  });

  return (
    <form className="assess-form" onSubmit={onSubmit} aria-label="Notes and ownership" noValidate>
      <div className="assess-form__notes">
        <Field
          id={`${id}-client`}
          label="Client-facing notes"
          hint="What was seen and what is missing, in words the client may read in the readiness report."
          error={errors.clientNotes}
        >
          {(control) => (
            <textarea
              {...control}
              className="input input--multiline"
              {...bind('clientNotes')}
              onChange={(event) => change('clientNotes', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-internal`}
          label="Internal notes"
          hint="Your own working notes; never shown to the client or put in the pack."
          error={errors.internalNotes}
        >
          {(control) => (
            <textarea
              {...control}
              className="input input--multiline assess-form__internal"
              {...bind('internalNotes')}
              onChange={(event) => change('internalNotes', event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="assess-form__row">
        <Field
          id={`${id}-interviewees`}
          label="Interviewees"
          hint="Names, separated by commas."
          error={errors.interviewees}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              {...bind('interviewees')}
              onChange={(event) => change('interviewees', event.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-owner`} label="Owner" hint="Who follows it up." error={errors.owner}>
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                type="text"
                list={`${id}-owners`}
                autoComplete="off"
                {...bind('owner')}
                onChange={(event) => change('owner', event.target.value)}
              />
              <datalist id={`${id}-owners`}>
                {owners.map((owner) => (
                  <option key={owner} value={owner} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field id={`${id}-due`} label="Due date" hint="When it must be ready." error={errors.dueDate}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              {...bind('dueDate')}
              onChange={(event) => change('dueDate', event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions assess-form__actions">
        <button type="submit" className="button button--primary" disabled={!dirty || state === 'saving'}>
          Save
        </button>
        <p
          className={
            state === 'failed' ? 'assess-form__state assess-form__state--failed' : 'assess-form__state'
          }
          role="status"
          data-testid="save-state"
        >
          {stateText}
        </p>
        <p className="assess-form__updated">
          {assessment.updatedAt
            ? `Last updated ${formatTimestamp(assessment.updatedAt)}`
            : 'Not worked on yet'}
        </p>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { ValidationIssue } from '../../../api/api-error';
import { api } from '../../../api/client';
import { navigateToHref } from '../../../app/router/hash-route';
import { detailHref } from '../model/register-routes';
import { capitalised, registers, type RegisterId } from '../model/registers';
import { useFlashStore, useRegisterData } from '../state/register-data-store';
import { applyServerIssues, issuesOf } from './server-issues';

export type FormMode = { kind: 'new' } | { kind: 'edit'; id: string };

interface RegisterFormProps<V extends FieldValues> {
  register: RegisterId;
  mode: FormMode;
  defaults: V;
  /** The core's input for these values. */
  toInput(values: V): unknown;
  /**
   * Clearer words for problems the core reports in its own terms, e.g. a required reference not
   * chosen (the core says "Not a record id."). Used only when the core refuses the save.
   */
  precheck?(values: V): ValidationIssue[];
  cancelHref: string;
  children: ReactNode;
}

type Outcome = { kind: 'rejected'; messages: string[] } | { kind: 'failed'; message: string } | null;

/** Whether a core path names one of this form's fields: every top-level field of a record has a control. */
function fieldFor<V extends FieldValues>(defaults: V) {
  return (path: string): string | null => {
    const [top, index] = path.split('.');
    if (!top || !Object.hasOwn(defaults, top)) return null;
    const value = (defaults as Record<string, unknown>)[top];
    // A list of ids has one picker; a list of links keeps each link in `value`.
    if (Array.isArray(value) && top.endsWith('Ids')) return top;
    if (top === 'documentLinks' && index !== undefined) return `documentLinks.${index}.value`;
    return path;
  };
}

/**
 * The frame of every register form: the values, the save (create or update) with the core's
 * objections placed next to their fields, and the bar with Save and Cancel. Save is disabled
 * while saving; a saved record opens with a confirmation.
 */
export function RegisterForm<V extends FieldValues>({
  register,
  mode,
  defaults,
  toInput,
  precheck,
  cancelHref,
  children,
}: RegisterFormProps<V>) {
  const meta = registers[register];
  const form = useForm<V>({ defaultValues: defaults as DefaultValues<V> });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Goes up after a refused save: once the marks are drawn, focus the first field marked, in the order the form shows them.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const { isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const input = toInput(values);
    try {
      const saved =
        mode.kind === 'new'
          ? await api.call(`${register}.create`, input as never)
          : await api.call(`${register}.update`, { id: mode.id, values: input } as never);
      useRegisterData.getState().changed();
      const href = detailHref(register, saved.id);
      useFlashStore
        .getState()
        .show(
          mode.kind === 'new'
            ? `${capitalised(meta.singular)} ${saved.code} added.`
            : `Changes to ${saved.code} saved.`,
          href,
        );
      navigateToHref(href);
    } catch (error) {
      // The form's own words come first for the fields it checks (a reference not chosen), the core's for the rest.
      const issues = [...(precheck?.(values) ?? []), ...issuesOf(error)];
      if (issuesOf(error).length === 0) {
        setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      setOutcome({
        kind: 'rejected',
        messages: applyServerIssues(issues, form.setError, fieldFor(defaults), { focus: false }),
      });
      setRefusals((count) => count + 1);
    }
  });

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="record-form" noValidate onSubmit={onSubmit}>
        {outcome && (
          <div className="notice notice--error" role="alert">
            <strong>
              The {meta.singular} was not {mode.kind === 'new' ? 'added' : 'saved'}.
            </strong>{' '}
            {outcome.kind === 'failed'
              ? outcome.message
              : outcome.messages.length > 0
                ? outcome.messages.join(' ')
                : 'Correct the fields marked below and save again.'}
          </div>
        )}
        {children}
        <div className="form-bar">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : mode.kind === 'new' ? `Add ${meta.singular}` : 'Save changes'}
          </button>
          <a className="button" href={cancelHref}>
            Cancel
          </a>
          <span className="form__state">
            {mode.kind === 'edit' && isDirty && <span className="badge badge--warning">Unsaved changes</span>}
          </span>
        </div>
      </form>
    </FormProvider>
  );
}

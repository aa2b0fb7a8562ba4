import type { ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  'aria-required'?: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and, when invalid, its error right beneath it. */
export function Field({ id, label, hint, error, required = false, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {/* Screen readers hear "required" from aria-required; this tag would only lengthen every name. */}
        {!required && (
          <span className="field__optional" aria-hidden="true">
            Optional
          </span>
        )}
      </label>
      {hint && (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': Boolean(error),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {error && (
        <p className="field__error" id={errorId ?? undefined}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="field__error-icon">
            <circle cx="8" cy="8" r="7" />
            <path d="M8 4.5v4.2M8 11.2v.1" />
          </svg>
          {error}
        </p>
      )}
    </div>
  );
}

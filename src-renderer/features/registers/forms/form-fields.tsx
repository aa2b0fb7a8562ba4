import type { ReactNode } from 'react';
import { Controller, get, useFormContext, useFormState } from 'react-hook-form';
import { Field } from '../../../shared/components/Field';
import type { RegisterId } from '../model/registers';
import { RecordPicker } from './RecordPicker';

/** An element id for a field name: `contacts.2.name` → `field-contacts-2-name`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

/** The message to show beside a field, from the form's own checks or the core's. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export function TextField({
  name,
  label,
  hint,
  required,
  maxLength,
  type = 'text',
  placeholder,
}: FieldProps & { maxLength?: number; type?: 'text' | 'email'; placeholder?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input
          {...control}
          {...register(name)}
          className="input"
          type={type}
          maxLength={maxLength}
          placeholder={placeholder}
          autoComplete="off"
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  required,
  rows = 3,
  maxLength,
}: FieldProps & { rows?: number; maxLength?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea
          {...control}
          {...register(name)}
          className="input input--multiline"
          rows={rows}
          maxLength={maxLength}
          style={{ minHeight: `${rows * 1.5 + 1.2}em` }}
        />
      )}
    </Field>
  );
}

/** Numbers are kept as typed, so the core can say what is wrong with a value that is not one. */
export function NumberField({ name, label, hint, required, suffix }: FieldProps & { suffix?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <span className={suffix ? 'input-affix' : undefined}>
          <input
            {...control}
            {...register(name)}
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
          />
          {suffix && (
            <span className="input-affix__suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
      )}
    </Field>
  );
}

export function DateField({ name, label, hint, required }: FieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...control} {...register(name)} className="input" type="date" />}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  options,
  emptyLabel,
}: FieldProps & { options: readonly { value: string; label: string }[]; emptyLabel?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} {...register(name)} className="input input--select">
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register } = useFormContext();
  const id = fieldId(name);
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        {...register(name)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id} className="checkbox-field__label">
          {label}
        </label>
        {hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function PickerField({
  name,
  label,
  hint,
  required,
  register,
  multiple = false,
  exclude,
}: FieldProps & { register: RegisterId; multiple?: boolean; exclude?: readonly string[] }) {
  const { control } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>
      {(props) => (
        <Controller
          name={name}
          control={control}
          render={({ field }) =>
            multiple ? (
              <RecordPicker
                {...props}
                register={register}
                multiple
                value={(field.value as string[] | undefined) ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                exclude={exclude}
              />
            ) : (
              <RecordPicker
                {...props}
                register={register}
                value={(field.value as string | undefined) || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                inputRef={field.ref}
                exclude={exclude}
              />
            )
          }
        />
      )}
    </Field>
  );
}

/** A titled group of fields in a card, with a line saying what it is for. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const id = fieldId(`section-${title.toLowerCase().replace(/\W+/g, '-')}`);
  return (
    <section className="card form-section" aria-labelledby={id}>
      <div className="card__header">
        <div>
          <h2 className="card__title" id={id}>
            {title}
          </h2>
          {description && <p className="form-section__description">{description}</p>}
        </div>
      </div>
      <div className="card__body form-section__body">{children}</div>
    </section>
  );
}

export function FieldRow({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) {
  return <div className={`form__row form__row--${columns}`}>{children}</div>;
}

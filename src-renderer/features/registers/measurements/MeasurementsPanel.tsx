import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Measurement } from '../../../../src-main/api/schemas/registers/measurement';
import type { Target } from '../../../../src-main/api/schemas/registers/target';
import { api } from '../../../api/client';
import { Card } from '../../../shared/components/Card';
import { Field } from '../../../shared/components/Field';
import { StatusChip } from '../../../shared/components/StatusChip';
import { formatMonth, formatShortDate } from '../../../shared/format/calendar-date';
import { formatWithUnit } from '../../../shared/format/number';
import { comparisonSymbols, labelOf, periodLabels } from '../model/enum-labels';
import { isMeasurable } from '../model/status-chips';
import { applyServerIssues, issuesOf } from '../forms/server-issues';
import { useRegisterData } from '../state/register-data-store';
import { useMeasurementStore } from './measurement-store';
import { suggestedPeriod, summarise } from './performance';

// recharts is large and only this panel draws with it: it loads when a target is first opened.
const PerformanceChart = lazy(() => import('./PerformanceChart'));

interface MeasurementFormValues {
  periodStart: string;
  value: string;
  note: string;
}

type Outcome = { kind: 'saved'; text: string } | { kind: 'failed'; text: string } | null;

interface MeasurementFormProps {
  target: Target;
  defaultPeriod: string;
  /** Reports the result of recording; kept by the panel, as the form starts afresh after each one. */
  setOutcome(outcome: Outcome): void;
}

function MeasurementForm({ target, defaultPeriod, setOutcome }: MeasurementFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<MeasurementFormValues>({ defaultValues: { periodStart: defaultPeriod, value: '', note: '' } });
  const id = useId();

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    try {
      const saved = await api.call('measurements.record', {
        targetId: target.id,
        periodStart: values.periodStart,
        value: values.value.trim() === '' ? Number.NaN : Number(values.value),
        note: values.note,
      });
      reset({ periodStart: saved.periodStart, value: '', note: '' });
      setOutcome({
        kind: 'saved',
        text: `Recorded ${formatWithUnit(saved.value, target.unit)} for ${formatMonth(saved.periodStart)}${saved.met === false ? ': target breached' : saved.met ? ': target met' : ''}.`,
      });
      useRegisterData.getState().changed();
    } catch (error) {
      const unplaced = applyServerIssues(issuesOf(error), setError, (path) =>
        path === 'periodStart' || path === 'value' || path === 'note' ? path : null,
      );
      if (unplaced.length > 0 || issuesOf(error).length === 0) {
        setOutcome({
          kind: 'failed',
          text: unplaced[0] ?? (error instanceof Error ? error.message : String(error)),
        });
      }
    }
  });

  return (
    <form className="measurement-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 className="card__subtitle" id={`${id}-title`}>
        Record a measurement
      </h3>
      <div className="measurement-form__fields">
        <Field id={`${id}-period`} label="Period start" required error={errors.periodStart?.message}>
          {(control) => <input {...control} {...register('periodStart')} className="input" type="date" />}
        </Field>
        <Field
          id={`${id}-value`}
          label={target.unit ? `Value (${target.unit})` : 'Value'}
          required
          error={errors.value?.message}
        >
          {(control) => (
            <input
              {...control}
              {...register('value')}
              className="input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
            />
          )}
        </Field>
        <Field id={`${id}-note`} label="Note" error={errors.note?.message}>
          {(control) => (
            <input {...control} {...register('note')} className="input" type="text" maxLength={1000} />
          )}
        </Field>
        <button
          type="submit"
          className="button button--primary measurement-form__submit"
          disabled={isSubmitting}
        >
          {isSubmitting ? 'Recording…' : 'Record'}
        </button>
      </div>
      <p className="field__hint">A value for a period that already has one replaces it.</p>
    </form>
  );
}

function Verdict({ met }: { met: boolean | null }) {
  if (met === null) return <StatusChip label="Not judged" tone="neutral" />;
  return met ? <StatusChip label="Met" tone="success" /> : <StatusChip label="Breached" tone="danger" />;
}

function MeasurementTable({ items, unit }: { items: readonly Measurement[]; unit: string }) {
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (measurement: Measurement) => {
    setRemoving(measurement.id);
    try {
      await api.call('measurements.delete', { id: measurement.id });
      useRegisterData.getState().changed();
    } finally {
      setRemoving(null);
    }
  };
  return (
    <div className="mini-table__scroll mini-table__scroll--tall">
      <table className="mini-table" aria-label="Measurements">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="mini-table__numeric">
              Value
            </th>
            <th scope="col">Result</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...items].reverse().map((item) => (
            <tr key={item.id}>
              <td title={formatShortDate(item.periodStart)}>{formatMonth(item.periodStart)}</td>
              <td className="mini-table__numeric">{formatWithUnit(item.value, unit)}</td>
              <td>
                <Verdict met={item.met} />
              </td>
              <td>{item.note || <span className="facts__muted">—</span>}</td>
              <td className="mini-table__actions">
                <button
                  type="button"
                  className="link-button link-button--quiet-danger"
                  disabled={removing !== null}
                  onClick={() => void remove(item)}
                >
                  Delete
                  <span className="visually-hidden">
                    {' '}
                    the measurement for {formatMonth(item.periodStart)}
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A target's measured performance: chart against the threshold, the values with their verdicts, and a form to add one. */
export function MeasurementsPanel({ target }: { target: Target }) {
  const entry = useMeasurementStore((state) => state.byTarget[target.id]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const epoch = useRegisterData((state) => state.epoch);
  useEffect(() => useMeasurementStore.getState().load(target.id), [target.id, epoch]);
  const items = entry?.items ?? [];
  const summary = summarise(items);
  const measurable = isMeasurable(target);
  const threshold =
    target.comparison !== null && target.threshold !== null
      ? `${labelOf(comparisonSymbols, target.comparison)} ${formatWithUnit(target.threshold, target.unit)}`
      : null;

  return (
    <Card
      title="Performance"
      className="performance"
      action={
        threshold && (
          <span className="card__meta">
            Target {threshold}
            {target.period ? `, ${labelOf(periodLabels, target.period).toLowerCase()}` : ''}
          </span>
        )
      }
    >
      {!measurable && (
        <p className="notice notice--warning">
          This target cannot be judged yet: it needs a comparison, threshold, unit and measurement period.
          Edit the target to add what is missing.
        </p>
      )}
      {entry?.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          The measurements could not be read: {entry.failure}
        </p>
      )}
      {items.length === 0 ? (
        entry?.status === 'ready' && (
          <p className="card__empty performance__empty">Never measured. Record the first value below.</p>
        )
      ) : (
        <>
          <p className="performance__summary">
            <span>
              <strong>{summary.measured}</strong> period{summary.measured === 1 ? '' : 's'} measured
            </span>
            {threshold && (
              <>
                <span>
                  <strong>{summary.met}</strong> met
                </span>
                <span className={summary.breached > 0 ? 'performance__breached' : undefined}>
                  <strong>{summary.breached}</strong> breached
                </span>
              </>
            )}
            {summary.latest && (
              <span>
                Latest {formatWithUnit(summary.latest.value, target.unit)} in{' '}
                {formatMonth(summary.latest.periodStart)} <Verdict met={summary.latest.met} />
              </span>
            )}
          </p>
          <Suspense fallback={<div className="chart chart--loading" aria-hidden="true" />}>
            <PerformanceChart
              items={items}
              unit={target.unit}
              threshold={target.threshold}
              comparison={target.comparison}
              name={target.name}
            />
          </Suspense>
          <MeasurementTable items={items} unit={target.unit} />
        </>
      )}
      {entry?.status === 'ready' && (
        <MeasurementForm
          key={suggestedPeriod(items, target.period)}
          target={target}
          defaultPeriod={suggestedPeriod(items, target.period)}
          setOutcome={setOutcome}
        />
      )}
      <p
        role="status"
        className={outcome?.kind === 'saved' ? 'form__saved measurement-status' : 'measurement-status'}
      >
        {outcome?.kind === 'saved' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {outcome.text}
        </p>
      )}
    </Card>
  );
}

import { comparisonLabels, metricLabels, optionsOf, periodLabels } from '../../model/enum-labels';
import { FieldRow, FormSection, NumberField, PickerField, SelectField, TextField } from '../form-fields';
import { targetInput, type TargetFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';

export function TargetForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: TargetFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="targets"
      mode={mode}
      defaults={defaults}
      toInput={targetInput}
      cancelHref={cancelHref}
      precheck={(values) =>
        values.agreementId === ''
          ? [{ path: ['agreementId'], message: 'Choose the agreement that sets this target.' }]
          : []
      }
    >
      <FormSection
        title="Service level target"
        description="What the agreement commits to, and how it is measured (8.3.3)."
      >
        <FieldRow>
          <TextField name="name" label="Name" required maxLength={200} />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free TGT code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <FieldRow>
          <PickerField name="agreementId" label="Agreement" register="agreements" required />
          <PickerField name="serviceId" label="Service" register="services" />
        </FieldRow>
        <FieldRow>
          <SelectField name="metric" label="Metric" options={optionsOf(metricLabels)} required />
          <SelectField
            name="period"
            label="Measured"
            options={optionsOf(periodLabels)}
            emptyLabel="Not decided yet"
          />
        </FieldRow>
        <FieldRow columns={3}>
          <SelectField
            name="comparison"
            label="Comparison"
            options={optionsOf(comparisonLabels)}
            emptyLabel="Not decided yet"
          />
          <NumberField name="threshold" label="Threshold" />
          <TextField name="unit" label="Unit" placeholder="%, hours, minutes…" maxLength={40} />
        </FieldRow>
        <p className="form__note">
          A target without comparison, threshold, unit or period can be saved as a draft, but cannot be judged
          met or breached.
        </p>
      </FormSection>
    </RegisterForm>
  );
}

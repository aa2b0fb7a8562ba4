import { useWatch } from 'react-hook-form';
import { agreementStatusLabels, agreementTypeLongLabels, optionsOf } from '../../model/enum-labels';
import { ChildList } from '../ChildList';
import {
  DateField,
  FieldRow,
  FormSection,
  NumberField,
  PickerField,
  SelectField,
  TextAreaField,
  TextField,
} from '../form-fields';
import { agreementInput, partiesOf, type AgreementFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';

const supplierHints = {
  sla: '',
  ola: 'An internal supplier or a customer acting as a supplier.',
  contract: 'An external supplier.',
  other: 'Optional.',
} as const;

function Parties() {
  const type = useWatch<AgreementFormValues, 'type'>({ name: 'type' });
  const parties = partiesOf[type] ?? partiesOf.other;
  return (
    <FieldRow>
      {parties.customer && (
        <PickerField
          name="customerId"
          label="Customer"
          register="customers"
          required={type === 'sla'}
          hint={type === 'other' ? 'Optional.' : undefined}
        />
      )}
      {parties.supplier && (
        <PickerField
          name="supplierId"
          label="Supplier"
          register="suppliers"
          required={type !== 'other'}
          hint={supplierHints[type] || undefined}
        />
      )}
    </FieldRow>
  );
}

export function AgreementForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: AgreementFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="agreements"
      mode={mode}
      defaults={defaults}
      toInput={agreementInput}
      cancelHref={cancelHref}
    >
      <FormSection title="Agreement">
        <FieldRow>
          <TextField name="title" label="Title" required maxLength={200} />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free AGR code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <FieldRow>
          <SelectField name="type" label="Type" options={optionsOf(agreementTypeLongLabels)} required />
          <SelectField name="status" label="Status" options={optionsOf(agreementStatusLabels)} required />
        </FieldRow>
        <Parties />
        <TextField name="owner" label="Owner" maxLength={200} />
        <PickerField name="serviceIds" label="Services covered" register="services" multiple />
        <TextAreaField name="description" label="Description" />
      </FormSection>
      <FormSection title="Term and review">
        <FieldRow columns={3}>
          <DateField name="startDate" label="Start date" />
          <DateField name="endDate" label="End date" hint="Empty for an open-ended agreement." />
          <NumberField name="noticePeriodDays" label="Notice period" suffix="days" />
        </FieldRow>
        <FieldRow columns={3}>
          <NumberField name="reviewCadenceMonths" label="Review every" suffix="months" />
          <DateField name="lastReviewDate" label="Last review" />
          <DateField name="nextReviewDate" label="Next review" />
        </FieldRow>
      </FormSection>
      <FormSection
        title="Documents"
        description="Where the signed agreement and its schedules are kept: a file path, a document reference or an address."
      >
        <ChildList
          name="documentLinks"
          itemLabel="document"
          empty="No documents linked yet."
          newItem={() => ({ value: '' })}
          columns={[{ field: 'value', label: 'Document', kind: 'text', required: true, maxLength: 1000 }]}
        />
      </FormSection>
    </RegisterForm>
  );
}

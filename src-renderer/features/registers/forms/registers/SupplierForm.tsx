import { useWatch } from 'react-hook-form';
import { optionsOf, raciRoleLabels, riskRatingLabels, supplierKindLabels } from '../../model/enum-labels';
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
import { supplierInput, type SupplierFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';
import { ContactsList } from './ContactsList';

function CustomerPicker() {
  const kind = useWatch<SupplierFormValues, 'kind'>({ name: 'kind' });
  if (kind !== 'customer') return null;
  return (
    <PickerField
      name="customerId"
      label="Customer acting as the supplier"
      hint="The customer that supplies part of the services (8.3.4.2)."
      register="customers"
      required
    />
  );
}

export function SupplierForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: SupplierFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="suppliers"
      mode={mode}
      defaults={defaults}
      toInput={supplierInput}
      cancelHref={cancelHref}
      precheck={(values) =>
        values.raci.flatMap((row, index) =>
          row.serviceId === ''
            ? [{ path: ['raci', String(index), 'serviceId'], message: 'Choose the service.' }]
            : [],
        )
      }
    >
      <FormSection
        title="Supplier"
        description="External suppliers are managed through contracts; internal suppliers and customers acting as suppliers through OLAs (8.3.4)."
      >
        <FieldRow>
          <TextField name="name" label="Name" required maxLength={200} />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free SUP code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <FieldRow>
          <SelectField name="kind" label="Kind" options={optionsOf(supplierKindLabels)} required />
          <SelectField name="riskRating" label="Risk rating" options={optionsOf(riskRatingLabels)} required />
        </FieldRow>
        <CustomerPicker />
        <TextAreaField name="description" label="Description" />
      </FormSection>
      <FormSection title="What they provide">
        <PickerField name="providesServiceIds" label="Services provided" register="services" multiple />
        <TextAreaField
          name="providesProcesses"
          label="Processes provided"
          hint="Processes or parts of processes the supplier operates."
          rows={2}
        />
      </FormSection>
      <FormSection title="Review" description="How often the supplier's performance is reviewed (8.3.4.1).">
        <FieldRow columns={3}>
          <NumberField name="reviewCadenceMonths" label="Review every" suffix="months" />
          <DateField name="lastReviewDate" label="Last review" />
          <DateField name="nextReviewDate" label="Next review" />
        </FieldRow>
      </FormSection>
      <FormSection title="Contacts">
        <ContactsList />
      </FormSection>
      <FormSection
        title="Selection and evaluation"
        description="The criteria the supplier was selected and is evaluated against, with scores."
      >
        <ChildList
          name="evaluations"
          itemLabel="evaluation"
          empty="No evaluation criteria yet."
          newItem={() => ({ evaluatedOn: '', criterion: '', score: '', weight: '1', notes: '' })}
          columns={[
            { field: 'evaluatedOn', label: 'Date', kind: 'date', required: true, width: '170px' },
            { field: 'criterion', label: 'Criterion', kind: 'text', required: true },
            { field: 'score', label: 'Score', kind: 'number', required: true, width: '90px' },
            { field: 'weight', label: 'Weight', kind: 'number', width: '90px' },
            { field: 'notes', label: 'Notes', kind: 'text' },
          ]}
        />
      </FormSection>
      <FormSection
        title="Roles and responsibilities"
        description="Who is responsible, accountable, consulted or informed for each service activity (RACI)."
      >
        <ChildList
          name="raci"
          itemLabel="RACI row"
          empty="No RACI assignments yet."
          newItem={() => ({ serviceId: '', activity: '', role: 'R' })}
          columns={[
            {
              field: 'serviceId',
              label: 'Service',
              kind: 'picker',
              register: 'services',
              required: true,
              width: '260px',
            },
            { field: 'activity', label: 'Activity', kind: 'text', required: true },
            {
              field: 'role',
              label: 'Role',
              kind: 'select',
              required: true,
              width: '160px',
              options: optionsOf(raciRoleLabels).map((option) => ({
                value: option.value,
                label: `${option.value} · ${option.label}`,
              })),
            },
          ]}
        />
      </FormSection>
    </RegisterForm>
  );
}

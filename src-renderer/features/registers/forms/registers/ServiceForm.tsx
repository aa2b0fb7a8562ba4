import { useWatch } from 'react-hook-form';
import { criticalityLabels, lifecycleLabels, optionsOf, visibilityLabels } from '../../model/enum-labels';
import { ChildList } from '../ChildList';
import {
  CheckboxField,
  FieldRow,
  FormSection,
  PickerField,
  SelectField,
  TextAreaField,
  TextField,
} from '../form-fields';
import { serviceInput, type ServiceFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';

function CatalogueFields() {
  const listed = useWatch<ServiceFormValues, 'catalogue.inCatalogue'>({ name: 'catalogue.inCatalogue' });
  return (
    <>
      <CheckboxField
        name="catalogue.inCatalogue"
        label="Listed in the service catalogue"
        hint="The customer-facing description of a live service (8.2.4)."
      />
      {listed && (
        <>
          <FieldRow>
            <SelectField
              name="catalogue.visibility"
              label="Visibility"
              options={optionsOf(visibilityLabels)}
              required
            />
            <TextField
              name="catalogue.availabilityHours"
              label="Availability hours"
              placeholder="e.g. 24×7, or Mon–Fri 08:00–18:00"
            />
          </FieldRow>
          <TextAreaField
            name="catalogue.offerings"
            label="Offerings"
            hint="What customers can get from this service."
          />
          <TextAreaField
            name="catalogue.requestTypes"
            label="Request types"
            hint="The requests customers can make."
          />
          <TextAreaField name="catalogue.targetsOffered" label="Service levels offered" />
        </>
      )}
    </>
  );
}

export function ServiceForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: ServiceFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="services"
      mode={mode}
      defaults={defaults}
      toInput={serviceInput}
      cancelHref={cancelHref}
    >
      <FormSection title="Service">
        <FieldRow>
          <TextField name="name" label="Name" required maxLength={200} />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free SVC code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <FieldRow columns={3}>
          <TextField name="owner" label="Owner" maxLength={200} />
          <SelectField name="lifecycle" label="Lifecycle" options={optionsOf(lifecycleLabels)} required />
          <SelectField
            name="criticality"
            label="Criticality"
            options={optionsOf(criticalityLabels)}
            required
          />
        </FieldRow>
        <TextAreaField name="description" label="Description" rows={3} />
        <PickerField name="customerIds" label="Customers served" register="customers" multiple />
        <PickerField
          name="dependsOnIds"
          label="Depends on"
          hint="Other services this one needs to run."
          register="services"
          multiple
          exclude={mode.kind === 'edit' ? [mode.id] : []}
        />
      </FormSection>
      <FormSection title="Catalogue entry">
        <CatalogueFields />
      </FormSection>
      <FormSection
        title="Components"
        description="Supporting components and configuration items, and the supplier that operates each one run by another party (8.2.3)."
      >
        <ChildList
          name="components"
          itemLabel="component"
          empty="No components yet."
          newItem={() => ({ name: '', type: '', owner: '', operatedBySupplierId: '' })}
          columns={[
            { field: 'name', label: 'Name', kind: 'text', required: true },
            { field: 'type', label: 'Type', kind: 'text', width: '140px' },
            { field: 'owner', label: 'Owner', kind: 'text', width: '150px' },
            {
              field: 'operatedBySupplierId',
              label: 'Operated by',
              kind: 'picker',
              register: 'suppliers',
              width: '220px',
            },
          ]}
        />
      </FormSection>
    </RegisterForm>
  );
}

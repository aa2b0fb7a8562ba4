import { complaintStatusLabels, customerKindLabels, optionsOf } from '../../model/enum-labels';
import { ChildList } from '../ChildList';
import { FieldRow, FormSection, SelectField, TextAreaField, TextField } from '../form-fields';
import { customerInput, type CustomerFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';
import { ContactsList } from './ContactsList';

export function CustomerForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: CustomerFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="customers"
      mode={mode}
      defaults={defaults}
      toInput={customerInput}
      cancelHref={cancelHref}
    >
      <FormSection title="Customer">
        <FieldRow>
          <TextField name="name" label="Name" required maxLength={200} />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free CUS code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <FieldRow>
          <SelectField name="kind" label="Kind" options={optionsOf(customerKindLabels)} required />
          <TextField name="relationshipManager" label="Relationship manager" maxLength={200} />
        </FieldRow>
        <TextAreaField name="description" label="Description" />
      </FormSection>
      <FormSection title="Contacts">
        <ContactsList />
      </FormSection>
      <FormSection
        title="Satisfaction"
        description="Measured customer satisfaction (8.3.2), e.g. from surveys or service reviews."
      >
        <ChildList
          name="satisfaction"
          itemLabel="measurement"
          empty="No satisfaction measurements yet."
          newItem={() => ({ measuredOn: '', score: '', comment: '' })}
          columns={[
            { field: 'measuredOn', label: 'Date', kind: 'date', required: true, width: '170px' },
            { field: 'score', label: 'Score', kind: 'number', required: true, width: '110px' },
            { field: 'comment', label: 'Comment', kind: 'text' },
          ]}
        />
      </FormSection>
      <FormSection
        title="Complaints"
        description="Service complaints, how they were handled and resolved (8.3.2)."
      >
        <ChildList
          name="complaints"
          itemLabel="complaint"
          empty="No complaints recorded."
          newItem={() => ({ receivedOn: '', description: '', status: 'open', resolution: '' })}
          columns={[
            { field: 'receivedOn', label: 'Received', kind: 'date', required: true, width: '170px' },
            { field: 'description', label: 'Complaint', kind: 'text', required: true },
            {
              field: 'status',
              label: 'Status',
              kind: 'select',
              required: true,
              width: '150px',
              options: optionsOf(complaintStatusLabels),
            },
            { field: 'resolution', label: 'Resolution', kind: 'text' },
          ]}
        />
      </FormSection>
    </RegisterForm>
  );
}

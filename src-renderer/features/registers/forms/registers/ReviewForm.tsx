import { useWatch } from 'react-hook-form';
import { actionStatusLabels, optionsOf, reviewSubjectLabels } from '../../model/enum-labels';
import { ChildList } from '../ChildList';
import {
  DateField,
  FieldRow,
  FormSection,
  PickerField,
  SelectField,
  TextAreaField,
  TextField,
} from '../form-fields';
import { reviewInput, type ReviewFormValues } from '../form-values';
import { RegisterForm, type FormMode } from '../RegisterForm';

function Subject() {
  const subject = useWatch<ReviewFormValues, 'subject'>({ name: 'subject' });
  return subject === 'supplier' ? (
    <PickerField name="supplierId" label="Supplier reviewed" register="suppliers" required />
  ) : (
    <PickerField name="agreementId" label="Agreement reviewed" register="agreements" required />
  );
}

export function ReviewForm({
  mode,
  defaults,
  cancelHref,
}: {
  mode: FormMode;
  defaults: ReviewFormValues;
  cancelHref: string;
}) {
  return (
    <RegisterForm
      register="reviews"
      mode={mode}
      defaults={defaults}
      toInput={reviewInput}
      cancelHref={cancelHref}
      precheck={(values) =>
        values.subject === 'supplier'
          ? values.supplierId === ''
            ? [{ path: ['supplierId'], message: 'Choose the supplier that was reviewed.' }]
            : []
          : values.agreementId === ''
            ? [{ path: ['agreementId'], message: 'Choose the agreement that was reviewed.' }]
            : []
      }
    >
      <FormSection title="Review">
        <FieldRow>
          <SelectField name="subject" label="Kind" options={optionsOf(reviewSubjectLabels)} required />
          <DateField name="reviewDate" label="Date" required />
        </FieldRow>
        <FieldRow>
          <Subject />
          <TextField
            name="code"
            label="Code"
            placeholder={mode.kind === 'new' ? 'Next free REV code if left empty' : undefined}
            maxLength={32}
          />
        </FieldRow>
        <TextAreaField name="participants" label="Participants" rows={2} />
        <TextAreaField name="outcome" label="Outcome" rows={4} />
      </FormSection>
      <FormSection title="Actions" description="What the review agreed to do, by whom and by when.">
        <ChildList
          name="actions"
          itemLabel="action"
          empty="No actions yet."
          newItem={() => ({ description: '', owner: '', dueDate: '', status: 'open' })}
          columns={[
            { field: 'description', label: 'Action', kind: 'text', required: true, maxLength: 1000 },
            { field: 'owner', label: 'Owner', kind: 'text', width: '160px' },
            { field: 'dueDate', label: 'Due', kind: 'date', width: '170px' },
            {
              field: 'status',
              label: 'Status',
              kind: 'select',
              required: true,
              width: '130px',
              options: optionsOf(actionStatusLabels),
            },
          ]}
        />
      </FormSection>
    </RegisterForm>
  );
}

import { customerInput } from '../../../api/schemas/registers/customer';
import { choiceCodec, textCodec } from '../cells/scalar-codecs';
import { customerKinds } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';
import { contactsColumn } from './contacts-column';

/**
 * Customers (8.3.2). Satisfaction measurements and complaints are running logs that clients keep
 * on sheets of their own; they are not in this file, and an update leaves them as they are.
 */
export const customerColumns: RegisterColumns = {
  register: 'customers',
  title: 'Customers',
  schema: customerInput,
  nameColumn: 'name',
  describe: (values) => String(values.name ?? ''),
  columns: [
    codeColumn(textCodec, 'CUS-004'),
    column('name', 'Name', ['name'], textCodec, 'The customer name.', {
      required: true,
      aliases: ['customer', 'customer name', 'organisation', 'organization'],
    }),
    column('kind', 'Kind', ['kind'], choiceCodec(customerKinds, undefined), 'External or Internal.', {
      required: true,
      aliases: ['type', 'customer type', 'external or internal'],
    }),
    column(
      'relationshipManager',
      'Relationship manager',
      ['relationshipManager'],
      textCodec,
      'Who manages the relationship with this customer.',
      { aliases: ['account manager', 'business relationship manager', 'brm'] },
    ),
    column('description', 'Description', ['description'], textCodec, 'Notes about the customer.', {
      aliases: ['notes'],
    }),
    contactsColumn,
  ],
};

import type { ContactValues } from '../../../api/schemas/registers/customer';
import { itemListCodec, textPart } from '../cells/list-codecs';
import { column, type ColumnDefinition } from './column';

/** Contacts of a customer or supplier, one item each. */
export const contactsColumn: ColumnDefinition = column(
  'contacts',
  'Contacts',
  ['contacts'],
  itemListCodec<ContactValues>({
    name: textPart('name'),
    role: textPart('role'),
    email: textPart('email'),
    phone: textPart('phone'),
  }),
  'Contacts as "name|role|email|phone", separated by ";"; leave out trailing parts you do not have.',
  { aliases: ['contact', 'contact persons', 'key contacts'] },
);

import type { ContactValues } from '../../../../../src-main/api/schemas/registers/customer';
import { MiniTable, TextValue } from '../detail-parts';

export function ContactsTable({ contacts }: { contacts: readonly ContactValues[] }) {
  return (
    <MiniTable
      label="Contacts"
      columns={[{ header: 'Name' }, { header: 'Role' }, { header: 'Email' }, { header: 'Phone' }]}
      rows={contacts.map((contact) => [
        contact.name,
        <TextValue value={contact.role} empty="—" />,
        <TextValue value={contact.email} empty="—" />,
        <TextValue value={contact.phone} empty="—" />,
      ])}
      empty="No contacts recorded."
    />
  );
}

import { ChildList } from '../ChildList';

export function ContactsList() {
  return (
    <ChildList
      name="contacts"
      itemLabel="contact"
      empty="No contacts yet."
      newItem={() => ({ name: '', role: '', email: '', phone: '' })}
      columns={[
        { field: 'name', label: 'Name', kind: 'text', required: true, maxLength: 200 },
        { field: 'role', label: 'Role', kind: 'text', maxLength: 200 },
        { field: 'email', label: 'Email', kind: 'text', maxLength: 320 },
        { field: 'phone', label: 'Phone', kind: 'text', width: '150px', maxLength: 60 },
      ]}
    />
  );
}

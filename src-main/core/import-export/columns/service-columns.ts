import type { ServiceValues } from '../../../api/schemas/registers/service';
import { serviceInput } from '../../../api/schemas/registers/service';
import { itemListCodec, textPart } from '../cells/list-codecs';
import { referenceListCodec, referencePart } from '../cells/reference-codecs';
import { booleanCodec, choiceCodec, textCodec } from '../cells/scalar-codecs';
import { criticalities, lifecycles, visibilities } from './choices';
import { codeColumn, column, type RegisterColumns } from './column';

type Component = ServiceValues['components'][number];

/** Services (8.2) with their catalogue entry (8.2.4), as a service portfolio spreadsheet holds them. */
export const serviceColumns: RegisterColumns = {
  register: 'services',
  title: 'Services',
  schema: serviceInput,
  nameColumn: 'name',
  describe: (values) => String(values.name ?? ''),
  columns: [
    codeColumn(textCodec, 'SVC-012'),
    column('name', 'Name', ['name'], textCodec, 'The service name.', {
      required: true,
      aliases: ['service', 'service name'],
    }),
    column('description', 'Description', ['description'], textCodec, 'What the service is and does.'),
    column('owner', 'Owner', ['owner'], textCodec, 'The person accountable for the service.', {
      aliases: ['service owner'],
    }),
    column(
      'lifecycle',
      'Lifecycle',
      ['lifecycle'],
      choiceCodec(lifecycles, undefined),
      'Pipeline, Live or Retired.',
      { required: true, aliases: ['status', 'lifecycle state', 'state'] },
    ),
    column(
      'criticality',
      'Criticality',
      ['criticality'],
      choiceCodec(criticalities, undefined),
      'Low, Medium, High or Critical.',
      { required: true, aliases: ['priority', 'business criticality'] },
    ),
    column(
      'customers',
      'Customers',
      ['customerIds'],
      referenceListCodec('customers'),
      'The customers served: codes or names, separated by ";".',
      { aliases: ['customers served', 'customer'] },
    ),
    column(
      'dependsOn',
      'Depends on',
      ['dependsOnIds'],
      referenceListCodec('services'),
      'Other services this one depends on: codes or names, separated by ";". They may be rows of the same file.',
      { aliases: ['dependencies', 'depends on services', 'dependent on'] },
    ),
    column(
      'components',
      'Components',
      ['components'],
      itemListCodec<Component>({
        name: textPart('name'),
        type: textPart('type'),
        owner: textPart('owner'),
        operatedBySupplierId: referencePart('suppliers', 'operated by supplier'),
      }),
      'Supporting components and CIs as "name|type|owner|operated by supplier", separated by ";". The supplier (code or name) is given when another party operates the component (8.2.3).',
      { aliases: ['supporting components', 'cis', 'configuration items'] },
    ),
    column(
      'inCatalogue',
      'In catalogue',
      ['catalogue', 'inCatalogue'],
      booleanCodec,
      'Yes when the service is in the service catalogue; empty means no.',
      { aliases: ['catalogue', 'in service catalogue'] },
    ),
    column('offerings', 'Offerings', ['catalogue', 'offerings'], textCodec, 'What customers can order.'),
    column(
      'requestTypes',
      'Request types',
      ['catalogue', 'requestTypes'],
      textCodec,
      'The requests customers can make.',
    ),
    column(
      'availabilityHours',
      'Availability hours',
      ['catalogue', 'availabilityHours'],
      textCodec,
      'When the service is available, e.g. "24×7" or "Mon–Fri 08:00–18:00".',
      { aliases: ['hours', 'service hours', 'availability'] },
    ),
    column(
      'targetsOffered',
      'Targets offered',
      ['catalogue', 'targetsOffered'],
      textCodec,
      'The service level targets the catalogue offers.',
      { aliases: ['service levels', 'service level targets'] },
    ),
    column(
      'visibility',
      'Visibility',
      ['catalogue', 'visibility'],
      choiceCodec(visibilities, undefined),
      'Who sees the catalogue entry: Public, Customers or Internal; empty means Internal.',
      { aliases: ['catalogue visibility'] },
    ),
  ],
};

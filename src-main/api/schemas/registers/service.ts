import { z } from 'zod';
import { listOf, optionalText, recordCode, recordId, requiredText, timestamps } from '../fields';

export const serviceLifecycles = ['pipeline', 'live', 'retired'] as const;
export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export const catalogueVisibilities = ['public', 'customers', 'internal'] as const;

export const serviceComponent = z.strictObject({
  name: requiredText('component name'),
  type: optionalText('component type', 100),
  owner: optionalText('component owner', 200),
  /** 8.2.3: the supplier that operates this part, when another party does. */
  operatedBySupplierId: recordId.nullable().default(null),
});

export const catalogueEntry = z.strictObject({
  inCatalogue: z.boolean().default(false),
  offerings: optionalText('offerings'),
  requestTypes: optionalText('request types'),
  availabilityHours: optionalText('availability hours', 200),
  targetsOffered: optionalText('service level targets offered'),
  visibility: z.enum(catalogueVisibilities).default('internal'),
});

export const serviceInput = z.strictObject({
  code: recordCode.optional(),
  name: requiredText('service name'),
  description: optionalText('description'),
  owner: optionalText('owner', 200),
  lifecycle: z.enum(serviceLifecycles, { error: 'Choose pipeline, live or retired.' }),
  criticality: z.enum(criticalities, { error: 'Choose low, medium, high or critical.' }),
  customerIds: listOf(recordId),
  dependsOnIds: listOf(recordId),
  components: listOf(serviceComponent),
  catalogue: catalogueEntry.default({
    inCatalogue: false,
    offerings: '',
    requestTypes: '',
    availabilityHours: '',
    targetsOffered: '',
    visibility: 'internal',
  }),
});

export const service = serviceInput.extend({
  id: recordId,
  code: recordCode,
  ...timestamps,
});

export type ServiceInput = z.input<typeof serviceInput>;
export type ServiceValues = z.output<typeof serviceInput>;
export type Service = z.output<typeof service>;

import { z } from 'zod';
import { method } from './method-spec';
import { finding, findingInput, findingList, findingListInput, findingUpdateInput } from './schemas/findings';
import { byId } from './schemas/registers/record-api';
import { recordId } from './schemas/fields';

/**
 * Findings (major and minor nonconformities, observations, opportunities for improvement) linked
 * to items and records, each with its corrective action and the evidence that closed it.
 */
export const findingMethods = {
  'findings.list': method({
    access: 'renderer',
    summary:
      'Findings by code, filtered by type, status, item or record; and the open findings of each type in the workspace.',
    input: findingListInput,
    output: findingList,
  }),
  'findings.get': method({
    access: 'renderer',
    summary: 'One finding with its links and corrective action.',
    input: byId,
    output: finding,
  }),
  'findings.create': method({
    access: 'renderer',
    summary: 'Raise a finding; one transaction with its change-log entry.',
    input: findingInput,
    output: finding,
  }),
  'findings.update': method({
    access: 'renderer',
    summary:
      'Replace a finding with new values. A nonconformity closes only with a verified corrective action and closure evidence.',
    input: findingUpdateInput,
    output: finding,
  }),
  'findings.delete': method({
    access: 'renderer',
    summary: 'Delete a finding with its links.',
    input: byId,
    output: z.object({ deleted: recordId }),
  }),
} as const;

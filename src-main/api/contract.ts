import { z } from 'zod';
import { engagement, engagementInput } from './schemas/engagement';
import { method } from './method-spec';
export type { Access } from './method-spec';
import { registerMethods } from './register-methods';
import { importExportMethods } from './import-export-methods';
import { clauseMethods } from './clause-methods';
import { assessmentMethods } from './assessment-methods';
import { evidenceMethods } from './evidence-methods';
import { findingMethods } from './findings-methods';
import { readinessMethods } from './readiness-methods';
import { dashboardMethods } from './dashboard-methods';
import { packMethods } from './pack-methods';
import { backupMethods } from './backup-methods';
import { recordId } from './schemas/fields';
import { agreement, agreementInput } from './schemas/registers/agreement';
import { customer, customerInput } from './schemas/registers/customer';
import {
  agreementPage,
  customerPage,
  reviewPage,
  servicePage,
  supplierPage,
  targetPage,
} from './schemas/registers/lists';
import { measurement, measurementInput } from './schemas/registers/measurement';
import {
  byId,
  historyEntry,
  optionsInput,
  recordOption,
  recordRegisters,
  relatedGroup,
} from './schemas/registers/record-api';
import { review, reviewInput } from './schemas/registers/review';
import { service, serviceInput } from './schemas/registers/service';
import { supplier, supplierInput } from './schemas/registers/supplier';
import { target, targetInput } from './schemas/registers/target';
import { backupResult, checkReport, filePath, openedWorkspace, workspaceSummary } from './schemas/workspace';

/**
 * Every operation Clausebook offers, as data: a name, the schema of its input and of its output,
 * and who may call it. `renderer` methods are served to the UI over Electron IPC and the loopback
 * HTTP host; `local` methods take paths on the user's machine and are only called in-process (CLI,
 * Electron main), never from a page.
 */

const none = z.strictObject({});

export const contract = {
  'app.about': method({
    access: 'renderer',
    effect: 'reads',
    summary: 'Application name, version and the workspace schema version it writes.',
    input: none,
    output: z.object({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      transport: z.enum(['ipc', 'http', 'cli']),
    }),
  }),
  'workspace.current': method({
    access: 'renderer',
    effect: 'reads',
    summary: 'The open workspace, or null when none is open.',
    input: none,
    output: workspaceSummary.nullable(),
  }),
  'engagement.get': method({
    access: 'renderer',
    effect: 'reads',
    summary: "The open workspace's engagement record.",
    input: none,
    output: engagement,
  }),
  'engagement.update': method({
    access: 'renderer',
    summary: 'Replace the engagement record; one transaction.',
    input: engagementInput,
    output: engagement,
  }),
  'workspace.create': method({
    access: 'local',
    summary: 'Create a new, empty workspace file and open it.',
    input: z.strictObject({ path: filePath, clientOrganisation: engagementInput.shape.clientOrganisation }),
    output: workspaceSummary,
  }),
  'workspace.createSample': method({
    access: 'local',
    summary: 'Write the sample workspace (a fictional managed-service provider) and open it.',
    input: z.strictObject({ path: filePath }),
    output: workspaceSummary,
  }),
  'workspace.open': method({
    access: 'local',
    summary:
      'Open an existing workspace. An older file is upgraded (after a backup beside it) unless upgrade is false, for commands that only read.',
    input: z.strictObject({ path: filePath, upgrade: z.boolean().default(true) }),
    output: openedWorkspace,
  }),
  'workspace.close': method({
    access: 'local',
    summary: 'Close the open workspace, if any.',
    input: none,
    output: z.null(),
  }),
  'workspace.saveAs': method({
    access: 'local',
    summary: 'Write a copy of the open workspace to a new file and continue working in the copy.',
    input: z.strictObject({ path: filePath }),
    output: workspaceSummary,
  }),
  'workspace.check': method({
    access: 'local',
    summary:
      "SQLite's integrity and foreign key checks and the change log's hash chain, over the open workspace.",
    input: none,
    output: checkReport,
  }),
  'workspace.backup': method({
    access: 'local',
    summary: 'Write an online backup of the open workspace to a new file.',
    input: z.strictObject({ path: filePath }),
    output: backupResult,
  }),
  ...registerMethods('services', serviceInput, service, servicePage),
  ...registerMethods('customers', customerInput, customer, customerPage),
  ...registerMethods('suppliers', supplierInput, supplier, supplierPage),
  ...registerMethods('agreements', agreementInput, agreement, agreementPage),
  ...registerMethods('targets', targetInput, target, targetPage),
  ...registerMethods('reviews', reviewInput, review, reviewPage),
  ...importExportMethods,
  ...clauseMethods,
  ...assessmentMethods,
  ...evidenceMethods,
  ...findingMethods,
  ...readinessMethods,
  ...dashboardMethods,
  ...packMethods,
  ...backupMethods,
  'records.options': method({
    access: 'renderer',
    effect: 'reads',
    summary: 'Id, code and name of records of one register, for pickers; searched by code or name.',
    input: optionsInput,
    output: z.array(recordOption),
  }),
  'records.related': method({
    access: 'renderer',
    effect: 'reads',
    summary: 'The records related to one record, both ways, grouped by register.',
    input: z.strictObject({ register: z.enum(recordRegisters), id: recordId }),
    output: z.array(relatedGroup),
  }),
  'records.history': method({
    access: 'renderer',
    effect: 'reads',
    summary: "A record's entries in the change log, oldest first.",
    input: z.strictObject({ id: recordId }),
    output: z.array(historyEntry),
  }),
  'measurements.list': method({
    access: 'renderer',
    effect: 'reads',
    summary: "A target's measurements, oldest period first, each judged met or breached.",
    input: z.strictObject({ targetId: recordId }),
    output: z.array(measurement),
  }),
  'measurements.record': method({
    access: 'renderer',
    summary: 'Record the value a target reached in a period (replacing an earlier value for that period).',
    input: measurementInput,
    output: measurement,
  }),
  'measurements.delete': method({
    access: 'renderer',
    summary: 'Delete one measurement.',
    input: byId,
    output: z.null(),
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RendererMethodName = {
  [K in MethodName]: Contract[K]['access'] extends 'renderer' ? K : never;
}[MethodName];
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

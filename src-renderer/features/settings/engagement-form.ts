import type { AuditType, Engagement, EngagementInput } from '../../../src-main/api/schemas/engagement';
import { auditTypeLabels } from '../../shared/format/audit-type';

/** What the settings form edits: every field a string, as inputs hold them ('' = no date). */
export interface EngagementFormValues {
  clientOrganisation: string;
  scopeStatement: string;
  auditType: AuditType;
  plannedAuditDate: string;
  consultantName: string;
}

export type EngagementField = keyof EngagementFormValues;

/** Longest accepted values, the same as the core's schema; also set as `maxLength` on the inputs. */
export const maxLengths = {
  clientOrganisation: 200,
  scopeStatement: 4000,
  consultantName: 200,
} as const satisfies Partial<Record<EngagementField, number>>;

const fieldLabels = {
  clientOrganisation: 'Client organisation',
  scopeStatement: 'Scope statement',
  consultantName: 'Consultant name',
} as const satisfies Record<keyof typeof maxLengths, string>;

export function toFormValues(engagement: Engagement): EngagementFormValues {
  return {
    clientOrganisation: engagement.clientOrganisation,
    scopeStatement: engagement.scopeStatement,
    auditType: engagement.auditType,
    plannedAuditDate: engagement.plannedAuditDate ?? '',
    consultantName: engagement.consultantName,
  };
}

export function toEngagementInput(values: EngagementFormValues): EngagementInput {
  return {
    clientOrganisation: values.clientOrganisation.trim(),
    scopeStatement: values.scopeStatement.trim(),
    auditType: values.auditType,
    plannedAuditDate: values.plannedAuditDate === '' ? null : values.plannedAuditDate,
    consultantName: values.consultantName.trim(),
  };
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The checks the core makes on `engagement.update`, with the same messages, so the user hears about a
 * problem before saving and in the same words either way. The core stays the authority: whatever it
 * still rejects comes back as issues and is shown next to the same fields.
 */
export function checkEngagementForm(values: EngagementFormValues): Partial<Record<EngagementField, string>> {
  const problems: Partial<Record<EngagementField, string>> = {};
  for (const field of Object.keys(maxLengths) as (keyof typeof maxLengths)[]) {
    if (values[field].trim().length > maxLengths[field]) {
      problems[field] = `${fieldLabels[field]} must be at most ${maxLengths[field]} characters.`;
    }
  }
  if (values.clientOrganisation.trim() === '') problems.clientOrganisation = 'Enter the client organisation.';
  if (!Object.hasOwn(auditTypeLabels, values.auditType))
    problems.auditType = 'Choose one of the listed audit types.';
  if (values.plannedAuditDate !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.plannedAuditDate)) {
      problems.plannedAuditDate = 'Use a date in the form YYYY-MM-DD.';
    } else if (!isCalendarDate(values.plannedAuditDate)) {
      problems.plannedAuditDate = 'This date does not exist in the calendar.';
    }
  }
  return problems;
}

export function isEngagementField(value: string | undefined): value is EngagementField {
  return (
    value === 'clientOrganisation' ||
    value === 'scopeStatement' ||
    value === 'auditType' ||
    value === 'plannedAuditDate' ||
    value === 'consultantName'
  );
}

import type { ValidationIssue } from '../../api/api-error';

/**
 * The forms that make or import a signing identity, checked in the page so each problem shows
 * beside its field at once. The core checks the same again (and has the last word).
 */

export interface CreateIdentityValues {
  name: string;
  organisation: string;
  email: string;
  passphrase: string;
  repeat: string;
}

export type CreateIdentityField = keyof CreateIdentityValues;
export type CreateIdentityProblems = Partial<Record<CreateIdentityField, string>>;

export const emptyCreateIdentity: CreateIdentityValues = {
  name: '',
  organisation: '',
  email: '',
  passphrase: '',
  repeat: '',
};

/** The core's minimum, said here so the hint and the check agree. */
export const MIN_PASSPHRASE_LENGTH = 8;

export function checkCreateIdentity(values: CreateIdentityValues): CreateIdentityProblems {
  const problems: CreateIdentityProblems = {};
  if (values.name.trim() === '') problems.name = 'Enter your name, as the auditor knows you.';
  if (values.organisation.trim() === '') problems.organisation = 'Enter your organisation.';
  if (values.email.trim() === '') problems.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    problems.email = 'Enter an email address such as name@example.com.';
  if (values.passphrase.length < MIN_PASSPHRASE_LENGTH)
    problems.passphrase = `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  else if (values.repeat !== values.passphrase) problems.repeat = 'The two passphrases differ.';
  return problems;
}

const createFields: readonly CreateIdentityField[] = ['name', 'organisation', 'email', 'passphrase'];

/** The core's objections, each put on the field it names; the rest stay general. */
export function issuesByField(issues: readonly ValidationIssue[]): {
  fields: CreateIdentityProblems;
  general: string[];
} {
  const fields: CreateIdentityProblems = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = createFields.find((candidate) => candidate === issue.path[0]);
    if (field && !fields[field]) fields[field] = issue.message;
    else if (!field) general.push(issue.message);
  }
  return { fields, general };
}

export interface ImportIdentityProblems {
  file?: string;
  passphrase?: string;
}

/** A PKCS#12 file is a few kilobytes; the core refuses anything over 1 MiB. */
export const MAX_IDENTITY_FILE_BYTES = 1024 * 1024;

export function checkImportIdentity(file: { name: string; size: number } | null, passphrase: string) {
  const problems: ImportIdentityProblems = {};
  if (!file) problems.file = 'Choose the .p12 or .pfx file your certificate authority gave you.';
  else if (file.size > MAX_IDENTITY_FILE_BYTES)
    problems.file = `${file.name} is over 1 MiB: a signing identity file is a few kilobytes. Choose the .p12 or .pfx file.`;
  else if (file.size === 0) problems.file = `${file.name} is empty.`;
  if (passphrase === '') problems.passphrase = 'Enter the passphrase that protects the file.';
  return problems;
}

// Errors cross every transport (IPC, loopback HTTP, CLI) as plain values with a stable code and a
// message written for the person using the app, never as stack traces.

export const errorCodes = [
  'VALIDATION', // the input does not match the method's schema
  'UNKNOWN_METHOD',
  'FORBIDDEN', // the method exists but this caller may not use it
  'NO_WORKSPACE', // the method needs an open workspace and none is open
  'NOT_FOUND',
  'CONFLICT', // e.g. a record code already taken
  'REFERENCED', // a record other records still point to; details list them
  'WORKSPACE_NOT_FOUND',
  'WORKSPACE_EXISTS',
  'WORKSPACE_NOT_SQLITE',
  'WORKSPACE_FOREIGN',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_TRUNCATED',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_READ_ONLY',
  'WORKSPACE_LOCKED',
  'WRONG_PASSPHRASE', // the passphrase does not unlock the signing identity
  'IDENTITY_UNREADABLE', // the file is not a PKCS#12 signing identity that can be read
  'IDENTITY_UNUSABLE', // a readable identity that cannot sign: no private key, expired, unsupported key
  'NOT_A_PDF', // the file is not a PDF, or too damaged to read as one
  'PDF_UNSUPPORTED', // a PDF using structures the pack verifier does not read (e.g. xref streams)
  'PACK_UNSIGNED', // a PDF with no digital signature to verify
  'IO',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorValue {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorValue };

/** An error whose message is fit to show a user as it is. */
export class ClausebookError extends Error {
  override readonly name = 'ClausebookError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toValue(): ApiErrorValue {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

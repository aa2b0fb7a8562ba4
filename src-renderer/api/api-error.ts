import type { ApiErrorValue, ErrorCode } from '../../src-main/api/errors';

/** One problem the server found with an input: where (field path) and what, in words for the user. */
export interface ValidationIssue {
  path: string[];
  message: string;
}

/** A failed API call, carrying the server's error value unchanged so screens can react to its code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(value: ApiErrorValue) {
    super(value.message);
    this.code = value.code;
    this.details = value.details;
  }

  /** The per-field issues of a VALIDATION error; empty for every other error. */
  get issues(): ValidationIssue[] {
    if (this.code !== 'VALIDATION') return [];
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    return Array.isArray(issues) ? issues.filter(isValidationIssue) : [];
  }
}

/**
 * The loopback host refused the request (HTTP 401/403): the session cookie is missing, stale after the
 * host restarted with a new token, or from another origin. Nothing the page can do fixes that.
 */
export class SessionEndedError extends Error {
  override readonly name = 'SessionEndedError';
  constructor(readonly status: number) {
    super('This Clausebook session has ended or the link is not valid.');
  }
}

function isValidationIssue(value: unknown): value is ValidationIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return Array.isArray(path) && path.every((part) => typeof part === 'string') && typeof message === 'string';
}

/** The message of a failed call or read, in words for the user: the core's own words where it gave them. */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiError && error.issues.length > 0) {
    return error.issues.map((issue) => issue.message).join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

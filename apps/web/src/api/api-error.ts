import { problemSchema, type ErrorCode, type FieldError, type Problem } from '@openiort/contract';

/** Codes the client adds for failures that never reached a problem+json answer. */
export type ClientErrorCode = 'network-error' | 'unexpected-response';

/** An API call that failed: the server's problem+json, or what the client could tell. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** The whole parsed body, for extensions such as `currentVersion`. */
  readonly body: Record<string, unknown>;

  constructor(
    status: number,
    code: ErrorCode | ClientErrorCode,
    detail: string,
    fieldErrors: FieldError[] = [],
    body: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.body = body;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the ApiError for a failed response from its status and (possibly absent) JSON body. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const record = isRecord(body) ? body : {};
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) {
    const problem: Problem = parsed.data;
    return new ApiError(status, problem.code, problem.detail, problem.errors ?? [], record);
  }
  const detail =
    typeof record.detail === 'string' && record.detail !== ''
      ? record.detail
      : `The server answered with an unexpected error (HTTP ${status}). Please try again.`;
  return new ApiError(status, 'unexpected-response', detail, [], record);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * True for an answer that means "you are not signed in (any more)". A wrong password re-entered
 * to confirm something (an electronic signature) is also a 401, but the session is still valid.
 */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.code !== 'invalid-credentials';
}

/** A sentence to show for any error, whatever threw it. */
export function errorMessage(
  error: unknown,
  fallback = 'Something went wrong. Please try again.',
): string {
  if (typeof error === 'string') return error;
  if (isApiError(error)) return error.detail;
  if (error instanceof Error) return error.message;
  return fallback;
}

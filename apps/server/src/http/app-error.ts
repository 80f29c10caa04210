import type { ErrorCode, FieldError } from '@openiort/contract';

/** HTTP status for each stable error code; the problem handler is the only reader. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'validation-failed': 400,
  unauthenticated: 401,
  'invalid-credentials': 401,
  // 423 Locked (RFC 4918): the account, not the address, is refused for a while.
  'account-locked': 423,
  'password-change-required': 403,
  'last-administrator': 409,
  'last-break-glass': 409,
  'local-sign-in-disabled': 403,
  // A signature by a single sign-on account needs a fresh sign-in at the identity provider.
  'reauthentication-required': 403,
  'demonstration-model': 422,
  'plan-refused': 422,
  // A pathway step that cannot be taken now; `reason` names which rule (cases/case-pathway.ts).
  'step-refused': 409,
  'delivery-refused': 422,
  'beam-on-blocked': 422,
  // The signed treatment record locks what it holds; a dated addendum is the way to add to it.
  'record-locked': 409,
  forbidden: 403,
  'origin-rejected': 403,
  'not-found': 404,
  conflict: 409,
  'version-conflict': 409,
  'duplicate-mrn': 409,
  'setup-already-done': 409,
  'payload-too-large': 413,
  'uri-too-long': 414,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  'internal-error': 500,
  'database-unavailable': 503,
  'audit-key-mismatch': 503,
};

const TITLES: Record<ErrorCode, string> = {
  'validation-failed': 'Some fields are not valid',
  unauthenticated: 'Sign-in required',
  'invalid-credentials': 'Email or password not recognised',
  'account-locked': 'Sign-in locked for a while',
  'password-change-required': 'Choose a new password first',
  'last-administrator': 'The last active administrator must stay',
  'last-break-glass': 'The last break-glass administrator must stay',
  'local-sign-in-disabled': 'Password sign-in is switched off',
  'reauthentication-required': 'Re-authenticate at the identity provider first',
  'demonstration-model': 'Demonstration source model: not for clinical use',
  'plan-refused': 'The plan was refused by the engine',
  'step-refused': 'This step cannot be taken now',
  'delivery-refused': 'This delivery event is not possible now',
  'beam-on-blocked': 'Beam-on is not allowed yet',
  'record-locked': 'The treatment record is signed',
  forbidden: 'Not allowed for your role',
  'origin-rejected': 'Request from another site refused',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'version-conflict': 'Changed by someone else',
  'duplicate-mrn': 'MRN already in use',
  'setup-already-done': 'Set-up already done',
  'payload-too-large': 'Request too large',
  'uri-too-long': 'Address too long',
  'unsupported-media-type': 'Body format not accepted',
  'rate-limited': 'Too many attempts',
  'internal-error': 'Unexpected error',
  'database-unavailable': 'Database unavailable',
  'audit-key-mismatch': 'Audit trail key does not match',
};

export function titleFor(code: ErrorCode): string {
  return TITLES[code];
}

/** An expected failure with a stable code; mapped to problem+json in one place (problem-handler.ts). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
  }
}

import { z } from 'zod';

/** Stable error codes. Clients switch on these, never on the human text. */
export const ERROR_CODES = [
  'validation-failed',
  'unauthenticated',
  'forbidden',
  'origin-rejected',
  'not-found',
  'conflict',
  'version-conflict',
  'duplicate-mrn',
  'setup-already-done',
  'invalid-credentials',
  'account-locked',
  'password-change-required',
  'last-administrator',
  'last-break-glass',
  'local-sign-in-disabled',
  'reauthentication-required',
  'demonstration-model',
  'plan-refused',
  'step-refused',
  'delivery-refused',
  'beam-on-blocked',
  'record-locked',
  'rate-limited',
  'payload-too-large',
  'uri-too-long',
  'unsupported-media-type',
  'database-unavailable',
  'audit-key-mismatch',
  'internal-error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, with our stable `code` and the offending fields. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(ERROR_CODES),
  detail: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
});

export type Problem = z.infer<typeof problemSchema>;

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Turns Zod issues into field errors with dotted paths ("address.city", "items.0"). A field that
 * is not part of the form is named by its own path, one error each, so a client sees exactly
 * which key to drop, however deep it sits.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: dotted([...issue.path, key]),
          message: 'is not a known field',
        }))
      : [{ path: dotted(issue.path) || '(body)', message: issue.message }],
  );
}

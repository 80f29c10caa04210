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
  'demonstration-model',
  'plan-refused',
  'rate-limited',
  'payload-too-large',
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

/** Turns Zod issues into field errors with dotted paths ("address.city", "items.0"). */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

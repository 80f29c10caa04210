import { fieldErrorsFromZod, type FieldError } from '@openiort/contract';

/** One message per form field, keyed by the field's name. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Errors sorted onto the form's fields, and the rest (shown above the form). */
export interface SortedErrors<F extends string> {
  fields: FieldErrors<F>;
  other: string[];
}

/**
 * Puts each error on the field its path names ("mrn", "phone.0" → "phone"), keeping the first
 * message per field; errors about the whole body or an unknown field go to `other`.
 */
export function sortFieldErrors<F extends string>(
  errors: readonly FieldError[],
  fields: readonly F[],
): SortedErrors<F> {
  const known = new Set<string>(fields);
  const sorted: SortedErrors<F> = { fields: {}, other: [] };
  for (const error of errors) {
    const head = error.path.split('.')[0] ?? '';
    if (known.has(head)) {
      const field = head as F;
      sorted.fields[field] ??= error.message;
    } else {
      sorted.other.push(error.message);
    }
  }
  return sorted;
}

export function hasErrors<F extends string>(errors: SortedErrors<F>): boolean {
  return Object.keys(errors.fields).length > 0 || errors.other.length > 0;
}

type ZodErrorLike = Parameters<typeof fieldErrorsFromZod>[0];

interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: ZodErrorLike };
}

export type Validation<T, F extends string> =
  { ok: true; data: T } | { ok: false; errors: SortedErrors<F> };

/** Runs a contract schema over form values, so the client says what the server would say. */
export function validateForm<T, F extends string>(
  schema: SafeParser<T>,
  values: unknown,
  fields: readonly F[],
): Validation<T, F> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: sortFieldErrors(fieldErrorsFromZod(result.error), fields) };
}

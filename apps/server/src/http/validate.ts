import { fieldErrorsFromZod, type FieldError } from '@openiort/contract';
import type { z } from 'zod';
import { AppError } from './app-error.ts';

/** Parses untrusted input or throws a validation problem naming every bad field. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw invalidFields(what, fieldErrorsFromZod(result.error));
}

/** A validation problem naming every bad field of `what` ("plan request", "clinical facts"…). */
export function invalidFields(what: string, errors: FieldError[]): AppError {
  return new AppError(
    'validation-failed',
    `The ${what} has ${String(errors.length)} invalid field${errors.length === 1 ? '' : 's'}: ${errors
      .map((e) => e.path)
      .join(', ')}.`,
    { errors },
  );
}

import { fieldErrorsFromZod } from '@openiort/contract';
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
  const errors = fieldErrorsFromZod(result.error);
  throw new AppError(
    'validation-failed',
    `The ${what} has ${String(errors.length)} invalid field${errors.length === 1 ? '' : 's'}: ${errors
      .map((e) => e.path)
      .join(', ')}.`,
    { errors },
  );
}

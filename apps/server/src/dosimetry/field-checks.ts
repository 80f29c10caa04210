import type { FieldError } from '@openiort/contract';
import type { z } from 'zod';

/** Small checks that collect every problem with its path, for request bodies and CLI files. */
export type Vector3 = [number, number, number];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/**
 * Engine-check paths put under a prefix ("source."); the whole object ("(model)", "(input)")
 * is named by the prefix.
 */
export function prefixed(errors: readonly FieldError[], prefix: string): FieldError[] {
  const whole = prefix === '' ? '(input)' : prefix.replace(/\.$/, '');
  return errors.map((e) => ({
    path: e.path.startsWith('(') ? whole : `${prefix}${e.path}`,
    message: e.message,
  }));
}

/** A Zod issue path as the CLI names it: `dwells[2].axis`, `events[3].atS`. */
function bracketed(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${String(part)}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

/** Zod's issues as field errors with bracketed list indices, unknown keys one per key. */
export function bracketFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: bracketed([...issue.path, key]),
          message: 'is not a known field',
        }))
      : [{ path: bracketed(issue.path) || '(input)', message: issue.message }],
  );
}

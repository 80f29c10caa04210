import type { FieldError } from '@openiort/contract';

/** Small checks that collect every problem with its path, for request bodies and CLI files. */
export type Vector3 = [number, number, number];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);

export function vector3(value: unknown, path: string, errors: FieldError[]): Vector3 | undefined {
  if (Array.isArray(value) && value.length === 3) {
    const [x, y, z] = value as unknown[];
    if (isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(z)) return [x, y, z];
  }
  errors.push({ path, message: 'must be three numbers [x, y, z] (cm)' });
  return undefined;
}

/** Fields of `value` not in `allowed`, each reported as not allowed. */
export function noExtraFields(
  value: Record<string, unknown>,
  allowed: readonly string[],
  prefix: string,
  errors: FieldError[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      errors.push({
        path: `${prefix}${key}`,
        message: `is not a known field (allowed: ${allowed.join(', ')})`,
      });
    }
  }
}

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

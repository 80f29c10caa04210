import type { FieldError, PlanSignRequest } from '@openiort/contract';
import { invalidFields } from '../http/validate.ts';
import { isObject, noExtraFields } from './field-checks.ts';

/** A plan request before the engine checks `input`: which model, and the raw input. */
export interface PlanBody {
  sourceId: string;
  input: unknown;
  version?: number;
}

function checkVersion(value: unknown, errors: FieldError[]): number | undefined {
  if (Number.isInteger(value) && (value as number) >= 1) return value as number;
  errors.push({
    path: 'version',
    message: 'must be the version you edited (a whole number, 1 or more)',
  });
  return undefined;
}

/** `{ sourceId, input }`, and `version` too when `withVersion` (an edit). */
export function parsePlanBody(body: unknown, withVersion: boolean): PlanBody {
  const errors: FieldError[] = [];
  if (!isObject(body)) {
    throw invalidFields('plan request', [
      { path: '(body)', message: 'must be a JSON object: { "sourceId": …, "input": { … } }' },
    ]);
  }
  const allowed = withVersion ? ['sourceId', 'input', 'version'] : ['sourceId', 'input'];
  noExtraFields(body, allowed, '', errors);
  const { sourceId, input } = body;
  if (typeof sourceId !== 'string' || sourceId.trim() === '') {
    errors.push({ path: 'sourceId', message: 'must name a source model (GET /api/source-models)' });
  }
  if (!isObject(input)) errors.push({ path: 'input', message: 'must be the plan input object' });
  const version = withVersion ? checkVersion(body.version, errors) : undefined;
  if (errors.length > 0) throw invalidFields('plan request', errors);
  return {
    sourceId: (sourceId as string).trim(),
    input,
    ...(version === undefined ? {} : { version }),
  };
}

/** `{ password, meaning, version }` of a signature. The password is never echoed. */
export function parseSignBody(body: unknown): PlanSignRequest {
  const errors: FieldError[] = [];
  if (!isObject(body)) {
    throw invalidFields('signature', [
      { path: '(body)', message: 'must be a JSON object: { "password", "meaning", "version" }' },
    ]);
  }
  noExtraFields(body, ['password', 'meaning', 'version'], '', errors);
  const { password, meaning } = body;
  if (typeof password !== 'string' || password === '') {
    errors.push({ path: 'password', message: 'enter your password again to sign' });
  }
  if (typeof meaning !== 'string' || meaning.trim() === '') {
    errors.push({ path: 'meaning', message: 'must be the statement you confirm by signing' });
  }
  const version = checkVersion(body.version, errors);
  if (errors.length > 0 || version === undefined) throw invalidFields('signature', errors);
  return { password: password as string, meaning: (meaning as string).trim(), version };
}

import { z } from 'zod';
import type { AuthSource, PlanSignRequest } from '@openiort/contract';
import { validate } from '../http/validate.ts';

/** A plan request before the engine checks `input`: which model, and the raw input. */
export interface PlanBody {
  sourceId: string;
  input: unknown;
  version?: number;
}

const sourceId = z
  .string({ error: 'must name a source model (GET /api/source-models)' })
  .trim()
  .min(1, 'must name a source model (GET /api/source-models)')
  .max(100, 'must be at most 100 characters');

/** The engine checks the input itself (planInputSchema): one validation path for it. */
const input = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  { error: 'must be the plan input object' },
);

const version = z
  .number({ error: 'must be the version you edited (a whole number, 1 or more)' })
  .int('must be the version you edited (a whole number, 1 or more)')
  .min(1, 'must be the version you edited (a whole number, 1 or more)');

const planCreateSchema = z.strictObject({ sourceId, input });
const planUpdateSchema = z.strictObject({ sourceId, input, version });

/** `{ sourceId, input }`, and `version` too when `withVersion` (an edit). */
export function parsePlanBody(body: unknown, withVersion: boolean): PlanBody {
  return withVersion
    ? validate(planUpdateSchema, body, 'plan request')
    : validate(planCreateSchema, body, 'plan request');
}

const signSchema = z.strictObject({
  password: z
    .string({ error: 'enter your password again to sign' })
    .min(1, 'enter your password again to sign')
    .max(256),
  meaning: z
    .string({ error: 'must be the statement you confirm by signing' })
    .trim()
    .min(1, 'must be the statement you confirm by signing')
    .max(2000),
  version,
});

/** A single sign-on account re-authenticates at the identity provider: it sends no password. */
const ssoSignSchema = signSchema.omit({ password: true });

/**
 * `{ password, meaning, version }` of a signature, without the password for a single sign-on
 * account (auth/reauthenticate.ts). The password is never echoed.
 */
export function parseSignBody(body: unknown, authSource: AuthSource): PlanSignRequest {
  return authSource === 'oidc'
    ? validate(ssoSignSchema, body, 'signature')
    : validate(signSchema, body, 'signature');
}

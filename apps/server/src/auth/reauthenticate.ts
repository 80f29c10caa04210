import type { SessionUser, SignatureAuthMethod } from '@openiort/contract';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { requireUser } from '../http/request-context.ts';
import { invalidFields } from '../http/validate.ts';
import { spendSigningGrant, type SigningTarget } from '../sso/signing-grants.ts';
import { verifyPassword } from './passwords.ts';

/** Whether this active account's password is `password`: the re-entry that a signature needs. */
export async function passwordMatches(
  ctx: ServiceContext,
  userId: string,
  password: string,
): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('users')
    .select(['password_hash', 'active', 'auth_source'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return (
    row !== undefined &&
    row.active === 1 &&
    row.auth_source === 'local' &&
    (await verifyPassword(row.password_hash, password))
  );
}

/** The signed-in user and the session they sign from (a re-authentication is bound to both). */
export type Signer = SessionUser & { sessionTokenHash: string | null };

export function signerOf(request: FastifyRequest): Signer {
  return { ...requireUser(request), sessionTokenHash: request.sessionTokenHash };
}

export type SignerCheck =
  { ok: true; method: SignatureAuthMethod } | { ok: false; reason: string; error: AppError };

/**
 * The first half of "the signer is at the keyboard", before anything is written: a local
 * account's password is re-entered and checked; a single sign-on account sends no password and
 * must hold an unspent grant from a fresh sign-in at the identity provider (spent by
 * `spendReauthentication` inside the signature's transaction). `what` names the act in messages.
 */
export async function checkSigner(
  ctx: ServiceContext,
  signer: Signer,
  password: string | undefined,
  target: SigningTarget,
  what: string,
): Promise<SignerCheck> {
  if (signer.authSource === 'local') {
    if (password === undefined)
      return {
        ok: false,
        reason: 'password-missing',
        error: invalidFields('signature', [
          { path: 'password', message: `enter your password again to ${what}` },
        ]),
      };
    return (await passwordMatches(ctx, signer.id, password))
      ? { ok: true, method: 'password' }
      : {
          ok: false,
          reason: 'wrong-password',
          error: new AppError(
            'invalid-credentials',
            `The password is not right. Nothing was ${what}ed.`,
          ),
        };
  }
  if (password !== undefined)
    return {
      ok: false,
      reason: 'password-for-single-sign-on-account',
      error: invalidFields('signature', [
        {
          path: 'password',
          message: 'is not used: your account re-authenticates at the identity provider',
        },
      ]),
    };
  const held = await ctx.db
    .selectFrom('signing_grants')
    .select('id')
    .where('user_id', '=', signer.id)
    .where('session_token_hash', '=', signer.sessionTokenHash ?? '')
    .where('target_kind', '=', target.kind)
    .where('target_id', '=', target.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', ctx.now().toISOString())
    .executeTakeFirst();
  return held === undefined
    ? { ok: false, reason: 'reauthentication-required', error: reauthenticationRequired(ctx, what) }
    : { ok: true, method: 'oidc' };
}

function reauthenticationRequired(ctx: ServiceContext, what: string): AppError {
  const provider = ctx.config.oidc?.displayName ?? 'the identity provider';
  return new AppError(
    'reauthentication-required',
    `Re-authenticate with ${provider} to ${what}; a re-authentication counts for ${String(ctx.config.oidc?.reauthenticationSeconds ?? 0)} seconds and one signature. Nothing was ${what}ed.`,
  );
}

/**
 * The second half, inside the signature's transaction: spends the grant of a single sign-on
 * signer and returns its auth_time (null for a password). Throws when another request spent it.
 */
export async function spendReauthentication(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  signer: Signer,
  method: SignatureAuthMethod,
  target: SigningTarget,
  what: string,
): Promise<string | null> {
  if (method === 'password') return null;
  const authTime = await spendSigningGrant(
    ctx,
    trx,
    { userId: signer.id, sessionTokenHash: signer.sessionTokenHash ?? '' },
    target,
  );
  if (authTime === null) throw reauthenticationRequired(ctx, what);
  return authTime;
}

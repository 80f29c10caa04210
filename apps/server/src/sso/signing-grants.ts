import { REAUTHENTICATION_TARGETS, type ReauthenticationTarget } from '@openiort/contract';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';

/**
 * What a re-authentication at the provider may sign: one plan, one limits proposal, or the
 * written directive of one case.
 */
export type SigningTarget = { kind: ReauthenticationTarget; id: string };

export const SIGNING_TARGET_KINDS = REAUTHENTICATION_TARGETS;

/** Records a fresh re-authentication, usable once, by this user in this session, for this target. */
export async function issueSigningGrant(
  ctx: ServiceContext,
  grant: { userId: string; sessionTokenHash: string; target: SigningTarget; authTime: Date },
): Promise<void> {
  const expires = new Date(
    grant.authTime.getTime() + (ctx.config.oidc?.reauthenticationSeconds ?? 0) * 1000,
  );
  // Spent and expired grants serve no one; they go as new ones come (the audit trail keeps them).
  await ctx.db
    .deleteFrom('signing_grants')
    .where('expires_at', '<=', ctx.now().toISOString())
    .execute();
  await ctx.db
    .insertInto('signing_grants')
    .values({
      id: randomUUID(),
      user_id: grant.userId,
      session_token_hash: grant.sessionTokenHash,
      target_kind: grant.target.kind,
      target_id: grant.target.id,
      auth_time: grant.authTime.toISOString(),
      created_at: ctx.now().toISOString(),
      expires_at: expires.toISOString(),
      used_at: null,
    })
    .execute();
}

/**
 * Spends the newest unspent, unexpired grant for this signer, session and target, inside the
 * signature's transaction (a refused signature leaves it unspent). Returns its auth_time, or null
 * when there is none: the signer must re-authenticate at the provider first.
 */
export async function spendSigningGrant(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  signer: { userId: string; sessionTokenHash: string },
  target: SigningTarget,
): Promise<string | null> {
  const now = ctx.now().toISOString();
  const grant = await trx
    .selectFrom('signing_grants')
    .select(['id', 'auth_time'])
    .where('user_id', '=', signer.userId)
    .where('session_token_hash', '=', signer.sessionTokenHash)
    .where('target_kind', '=', target.kind)
    .where('target_id', '=', target.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('auth_time', 'desc')
    .executeTakeFirst();
  if (grant === undefined) return null;
  const spent = await trx
    .updateTable('signing_grants')
    .set({ used_at: now })
    .where('id', '=', grant.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1 ? grant.auth_time : null;
}

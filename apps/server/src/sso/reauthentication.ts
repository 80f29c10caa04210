import type { Role } from '@openiort/contract';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { OidcTransactionsTable } from '../db/schema.ts';
import { decideRole, type OidcIdentity } from './oidc-identity.ts';
import { SIGNING_TARGET_KINDS, issueSigningGrant, type SigningTarget } from './signing-grants.ts';

/** Clock difference tolerated between OpenIORT and the provider. */
const CLOCK_SKEW_MS = 30_000;

export type ReauthenticationRefusal = 'other-person' | 'stale' | 'role-changed' | 'session-ended';

/**
 * Turns a re-authentication the provider just confirmed into a grant for one signature. It must
 * be the same person (issuer and subject of the signed-in account), from the session that asked,
 * whose groups still give the same role, and the provider's auth_time must fall after the moment
 * the signing was asked for: a provider that skipped the prompt=login sign-in is caught here.
 */
export async function grantAfterReauthentication(
  ctx: ServiceContext,
  tx: Selectable<OidcTransactionsTable>,
  identity: OidcIdentity,
  clientAddress: string,
): Promise<{ ok: true } | { ok: false; reason: ReauthenticationRefusal }> {
  const settings = ctx.config.oidc;
  const row = await ctx.db
    .selectFrom('users')
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.role',
      'users.active',
      'users.oidc_issuer',
      'users.oidc_subject',
    ])
    .where('users.id', '=', tx.user_id ?? '')
    .where('sessions.token_hash', '=', tx.session_token_hash ?? '')
    .executeTakeFirst();
  const target: SigningTarget = {
    kind: SIGNING_TARGET_KINDS.find((k) => k === tx.target_kind) ?? 'plan',
    id: tx.target_id ?? '',
  };
  const now = ctx.now().getTime();
  const authTime = identity.authTime?.getTime() ?? null;
  const reason: ReauthenticationRefusal | null =
    settings === null || row === undefined || row.active !== 1
      ? 'session-ended'
      : row.oidc_issuer !== identity.issuer || row.oidc_subject !== identity.subject
        ? 'other-person'
        : authTime === null ||
            authTime < Date.parse(tx.created_at) - CLOCK_SKEW_MS ||
            authTime > now + CLOCK_SKEW_MS ||
            now - authTime > settings.reauthenticationSeconds * 1000
          ? 'stale'
          : (() => {
              const decision = decideRole(identity.groups, settings.roleMap);
              return decision.kind === 'role' && decision.role === row.role ? null : 'role-changed';
            })();
  const actor = {
    id: tx.user_id,
    email: row?.email ?? identity.email,
    role: null,
    clientAddress,
  };
  const detail = {
    target: target.kind,
    targetId: target.id,
    authTime: identity.authTime?.toISOString() ?? null,
    requestedAt: tx.created_at,
  };
  if (
    reason !== null ||
    identity.authTime === null ||
    tx.session_token_hash === null ||
    row === undefined
  ) {
    await recordAudit(ctx, {
      actor,
      action: 'auth.reauthenticate-failed',
      outcome: 'denied',
      recordType: 'user',
      recordId: tx.user_id ?? undefined,
      detail: { ...detail, reason: reason ?? 'session-ended', subject: identity.subject },
    });
    return { ok: false, reason: reason ?? 'session-ended' };
  }
  await issueSigningGrant(ctx, {
    userId: row.id,
    sessionTokenHash: tx.session_token_hash,
    target,
    authTime: identity.authTime,
  });
  await recordAudit(ctx, {
    actor: { ...actor, role: row.role as Role },
    action: 'auth.reauthenticate',
    outcome: 'success',
    recordType: 'user',
    recordId: row.id,
    detail,
  });
  return { ok: true };
}

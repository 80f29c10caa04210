import { randomUUID } from 'node:crypto';
import type { Role, SessionUser } from '@openiort/contract';
import type { Selectable } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import { endSessionsOf, startSession } from '../auth/session-service.ts';
import type { ServiceContext } from '../context.ts';
import type { UsersTable } from '../db/schema.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { toSessionUser } from '../users/user-rows.ts';
import { decideRole, type OidcIdentity } from './oidc-identity.ts';

/** Stored instead of a hash: matches no password, so a single sign-on account has none. */
export const NO_PASSWORD = 'none: signs in at the identity provider';

/** Why a sign-in at the provider opened no session; the sign-in page explains each in words. */
export type OidcRefusal =
  'no-role' | 'ambiguous-role' | 'account-disabled' | 'email-in-use' | 'no-email';

export type OidcSignInResult =
  | { kind: 'signed-in'; user: SessionUser; token: string }
  | { kind: 'refused'; reason: OidcRefusal };

/** Changes made on the provider's word are audited with this as the actor. */
const providerActor = (clientAddress: string): Actor => ({
  id: null,
  email: 'identity-provider',
  role: null,
  clientAddress,
});

/**
 * Opens a session for a person the provider vouched for. The account is found by issuer and
 * subject (never by email: an email can be reassigned), created on first sign-in, and takes the
 * role its groups map to at every sign-in, so a group removed at the provider removes the access.
 */
export async function signInWithIdentity(
  ctx: ServiceContext,
  identity: OidcIdentity,
  clientAddress: string,
): Promise<OidcSignInResult> {
  const settings = ctx.config.oidc;
  if (settings === null) throw new Error('single sign-on is not configured');
  const existing = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('oidc_issuer', '=', identity.issuer)
    .where('oidc_subject', '=', identity.subject)
    .executeTakeFirst();
  const decision = decideRole(identity.groups, settings.roleMap);
  const refuse = async (reason: OidcRefusal, detail: object = {}): Promise<OidcSignInResult> => {
    // A person whose groups no longer give a role loses the sessions they still have.
    if (existing !== undefined && reason !== 'account-disabled')
      await endSessionsOf(ctx.db, existing.id);
    await recordAudit(ctx, {
      actor: { id: existing?.id ?? null, email: identity.email, role: null, clientAddress },
      action: 'auth.login-failed',
      outcome: 'denied',
      recordType: 'user',
      ...(existing === undefined ? {} : { recordId: existing.id }),
      detail: { method: 'oidc', reason, subject: identity.subject, ...detail },
    });
    return { kind: 'refused', reason };
  };

  if (existing !== undefined && existing.active !== 1) return refuse('account-disabled');
  if (decision.kind === 'none')
    return refuse('no-role', { groups: (identity.groups ?? []).slice(0, 50) });
  if (decision.kind === 'ambiguous') return refuse('ambiguous-role', { roles: decision.roles });

  let row: Selectable<UsersTable>;
  if (existing === undefined) {
    if (identity.email === null) return refuse('no-email');
    try {
      row = await createAccount(
        ctx,
        identity,
        identity.email,
        decision.role,
        decision.group,
        clientAddress,
      );
    } catch (error) {
      if (isUniqueViolation(error)) return refuse('email-in-use');
      throw error;
    }
  } else {
    row = await refreshAccount(
      ctx,
      existing,
      identity,
      decision.role,
      decision.group,
      clientAddress,
    );
  }

  const user = toSessionUser(row);
  const token = await startSession(ctx, user.id, clientAddress);
  await recordAudit(ctx, {
    actor: { id: user.id, email: user.email, role: user.role, clientAddress },
    action: 'auth.login',
    outcome: 'success',
    recordType: 'user',
    recordId: user.id,
    detail: { method: 'oidc', group: decision.group },
  });
  return { kind: 'signed-in', user, token };
}

async function createAccount(
  ctx: ServiceContext,
  identity: OidcIdentity,
  email: string,
  role: Role,
  group: string,
  clientAddress: string,
): Promise<Selectable<UsersTable>> {
  const now = ctx.now().toISOString();
  const row: Selectable<UsersTable> = {
    id: randomUUID(),
    email,
    display_name: identity.name ?? email,
    role,
    password_hash: NO_PASSWORD,
    active: 1,
    created_at: now,
    updated_at: now,
    must_change_password: 0,
    last_login_at: now,
    auth_source: 'oidc',
    oidc_issuer: identity.issuer,
    oidc_subject: identity.subject,
    break_glass: 0,
  };
  return withAudit(
    ctx,
    async (trx) => {
      await trx.insertInto('users').values(row).execute();
      return row;
    },
    () => ({
      actor: providerActor(clientAddress),
      action: 'user.create',
      outcome: 'success',
      recordType: 'user',
      recordId: row.id,
      after: { email, displayName: row.display_name, role, authSource: 'oidc', group },
    }),
  );
}

/** Role, email and name follow the provider at every sign-in; a role change is audited. */
async function refreshAccount(
  ctx: ServiceContext,
  existing: Selectable<UsersTable>,
  identity: OidcIdentity,
  role: Role,
  group: string,
  clientAddress: string,
): Promise<Selectable<UsersTable>> {
  const now = ctx.now().toISOString();
  const changes = {
    role,
    email: identity.email ?? existing.email,
    display_name: identity.name ?? existing.display_name,
    last_login_at: now,
  };
  const update = () =>
    ctx.db.updateTable('users').set(changes).where('id', '=', existing.id).execute();
  if (existing.role === role) {
    // The provider's email may now belong to another account; keep the old one then.
    await update().catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      changes.email = existing.email;
      await update();
    });
    return { ...existing, ...changes };
  }
  await withAudit(
    ctx,
    async (trx) => {
      await trx
        .updateTable('users')
        .set({ ...changes, email: existing.email, updated_at: now })
        .where('id', '=', existing.id)
        .execute();
    },
    () => ({
      actor: providerActor(clientAddress),
      action: 'user.role-change',
      outcome: 'success',
      recordType: 'user',
      recordId: existing.id,
      before: { role: existing.role },
      after: { role },
      detail: { by: 'identity-provider', group },
    }),
  );
  return { ...existing, ...changes, email: existing.email };
}

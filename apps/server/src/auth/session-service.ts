import type { SessionUser } from '@openiort/contract';
import type { ServiceContext } from '../context.ts';
import { toSessionUser } from '../users/user-rows.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

const MINUTE_MS = 60_000;
/** Sliding-expiry writes are skipped when the last one is this recent, to spare the database. */
const TOUCH_INTERVAL_MS = 15_000;

export async function startSession(
  ctx: ServiceContext,
  userId: string,
  clientAddress: string | null,
): Promise<string> {
  const token = newSessionToken();
  const now = ctx.now();
  await ctx.db
    .insertInto('sessions')
    .values({
      token_hash: hashSessionToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(
        now.getTime() + ctx.config.sessionMaxHours * 60 * MINUTE_MS,
      ).toISOString(),
      client_address: clientAddress,
    })
    .execute();
  return token;
}

export type SessionLookup =
  | { kind: 'active'; user: SessionUser; tokenHash: string; mustChangePassword: boolean }
  | { kind: 'expired'; user: SessionUser; reason: 'idle' | 'lifetime' }
  | { kind: 'none' };

/**
 * Finds the signed-in user for a cookie token. An idle or too-old session is deleted and reported
 * as expired; a disabled account's sessions count as none.
 */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<SessionLookup> {
  const tokenHash = hashSessionToken(token);
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined || row.active !== 1) return { kind: 'none' };

  const now = ctx.now().getTime();
  const idleMs = now - Date.parse(row.last_seen_at);
  const user = toSessionUser(row);
  const reason =
    now >= Date.parse(row.expires_at)
      ? 'lifetime'
      : idleMs >= ctx.config.idleTimeoutMinutes * MINUTE_MS
        ? 'idle'
        : null;
  if (reason !== null) {
    await endSession(ctx, token);
    return { kind: 'expired', user, reason };
  }
  if (idleMs >= TOUCH_INTERVAL_MS) {
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { kind: 'active', user, tokenHash, mustChangePassword: row.must_change_password === 1 };
}

export async function endSession(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('token_hash', '=', hashSessionToken(token)).execute();
}

/** Ends every session of an account at once (deactivation, password reset or change). */
export async function endSessionsOf(
  db: ServiceContext['db'],
  userId: string,
  exceptTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash !== undefined) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

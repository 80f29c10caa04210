import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../context.ts';

const MINUTE_MS = 60_000;

export type LoginBlock =
  { kind: 'none' } | { kind: 'address-limited' } | { kind: 'account-locked'; lockedUntil: string };

function windowStart(ctx: ServiceContext): string {
  return new Date(
    ctx.now().getTime() - ctx.config.loginFailureWindowMinutes * MINUTE_MS,
  ).toISOString();
}

async function countFailures(
  ctx: ServiceContext,
  column: 'email' | 'client_address',
  value: string,
  since: string,
): Promise<number> {
  const row = await ctx.db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(column, '=', value)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The lock on this email, if one is still running. */
export async function activeLock(ctx: ServiceContext, email: string): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('login_locks')
    .select('locked_until')
    .where('email', '=', email)
    .where('locked_until', '>', ctx.now().toISOString())
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Whether a sign-in may be tried at all. Read from the database, so every instance sharing it
 * sees the same counts and locks. Checked before the password, so a locked account's password
 * cannot be guessed during the lock.
 */
export async function loginBlock(
  ctx: ServiceContext,
  email: string,
  clientAddress: string,
): Promise<LoginBlock> {
  const failures = await countFailures(ctx, 'client_address', clientAddress, windowStart(ctx));
  if (failures >= ctx.config.loginFailuresPerAddress) return { kind: 'address-limited' };
  const lockedUntil = await activeLock(ctx, email);
  return lockedUntil === null ? { kind: 'none' } : { kind: 'account-locked', lockedUntil };
}

/**
 * Records one failed sign-in and, when the email's failures reach the limit, locks it. Returns
 * the new lock's end, or null. Keyed by the email typed, so an unknown email locks exactly as a
 * real account does and a lock says nothing about whether the account exists.
 */
export async function recordLoginFailure(
  ctx: ServiceContext,
  email: string,
  clientAddress: string,
): Promise<string | null> {
  const now = ctx.now();
  const since = windowStart(ctx);
  await ctx.db.deleteFrom('login_failures').where('at', '<=', since).execute();
  await ctx.db
    .insertInto('login_failures')
    .values({ id: randomUUID(), at: now.toISOString(), email, client_address: clientAddress })
    .execute();
  // Failures before the end of an earlier lock were paid for by that lock.
  const previous = await ctx.db
    .selectFrom('login_locks')
    .select('locked_until')
    .where('email', '=', email)
    .executeTakeFirst();
  const countFrom =
    previous !== undefined && previous.locked_until > since ? previous.locked_until : since;
  if ((await countFailures(ctx, 'email', email, countFrom)) < ctx.config.loginFailuresPerAccount)
    return null;
  const lockedUntil = new Date(
    now.getTime() + ctx.config.accountLockMinutes * MINUTE_MS,
  ).toISOString();
  // Two instances may reach the limit together; the upsert leaves one lock either way.
  await ctx.db
    .insertInto('login_locks')
    .values({ email, locked_until: lockedUntil })
    .onConflict((oc) => oc.column('email').doUpdateSet({ locked_until: lockedUntil }))
    .execute();
  return lockedUntil;
}

/** A successful sign-in or an administrator's unlock forgets the email's failures and lock. */
export async function clearLoginFailures(ctx: ServiceContext, email: string): Promise<void> {
  await ctx.db.deleteFrom('login_failures').where('email', '=', email).execute();
  await ctx.db.deleteFrom('login_locks').where('email', '=', email).execute();
}

import { randomUUID } from 'node:crypto';
import type { SetupInput, User, UserCreate } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { toUser } from './user-rows.ts';

type NewUser = Omit<UserCreate, 'password'>;

/** Hashing takes tens of milliseconds, so it happens before the transaction, not inside it. */
async function insertUser(
  trx: Kysely<Database>,
  input: NewUser,
  passwordHash: string,
  at: Date,
  mustChangePassword = false,
): Promise<User> {
  const now = at.toISOString();
  const row = {
    id: randomUUID(),
    email: input.email,
    display_name: input.displayName,
    role: input.role,
    password_hash: passwordHash,
    active: 1,
    created_at: now,
    updated_at: now,
    must_change_password: mustChangePassword ? 1 : 0,
    last_login_at: null,
    auth_source: 'local',
    oidc_issuer: null,
    oidc_subject: null,
    break_glass: 0,
  };
  try {
    await trx.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', `An account with the email ${input.email} already exists.`, {
        errors: [{ path: 'email', message: 'An account with this email already exists' }],
      });
    }
    throw error;
  }
  return toUser(row);
}

/**
 * `mustChangePassword`: an administrator who typed the initial password on the Users page knows
 * it, so the person chooses their own at first sign-in. The operator's `openiort user add` sets
 * no such flag: that password was chosen by or for the person directly and stands.
 */
export async function createUser(
  ctx: ServiceContext,
  input: UserCreate,
  actor: Actor,
  options: { mustChangePassword?: boolean } = {},
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const mustChangePassword = options.mustChangePassword ?? false;
  return withAudit(
    ctx,
    (trx) => insertUser(trx, input, passwordHash, ctx.now(), mustChangePassword),
    (user) => ({
      actor,
      action: 'user.create',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
      after: {
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        mustChangePassword,
      },
    }),
  );
}

export async function adminExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The one-time web set-up: creates the first administrator, refused once any admin exists. */
export async function createFirstAdmin(
  ctx: ServiceContext,
  input: SetupInput,
  clientAddress: string | null,
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return withAudit(
    ctx,
    async (trx) => {
      await serialize(trx, ctx.dialect, LOCKS.firstAdmin);
      if (await adminExists(trx)) {
        throw new AppError(
          'setup-already-done',
          'An administrator already exists. Sign in, or ask an administrator for an account.',
        );
      }
      return insertUser(trx, { ...input, role: 'admin' }, passwordHash, ctx.now());
    },
    (user) => ({
      actor: { id: user.id, email: user.email, role: 'admin', clientAddress },
      action: 'auth.setup',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
      after: { email: user.email, displayName: user.displayName, role: user.role },
    }),
  );
}

/**
 * Every account with its running sign-in lock, if any. The list names people and their roles,
 * so reading it is audited.
 */
export async function listUsers(ctx: ServiceContext, actor: Actor): Promise<User[]> {
  const [rows, locks] = await Promise.all([
    ctx.db.selectFrom('users').selectAll().orderBy('email').execute(),
    ctx.db
      .selectFrom('login_locks')
      .selectAll()
      .where('locked_until', '>', ctx.now().toISOString())
      .execute(),
  ]);
  await recordAudit(ctx, {
    actor,
    action: 'user.list',
    outcome: 'success',
    recordType: 'user',
    detail: { returned: rows.length },
  });
  const lockOf = new Map(locks.map((l) => [l.email, l.locked_until]));
  return rows.map((row) => toUser(row, lockOf.get(row.email) ?? null));
}

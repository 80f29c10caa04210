import { randomBytes } from 'node:crypto';
import type { PasswordResetResult, Role, User } from '@openiort/contract';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import { clearLoginFailures } from '../auth/login-limits.ts';
import { hashPassword } from '../auth/passwords.ts';
import { endSessionsOf } from '../auth/session-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database, UsersTable } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { AppError } from '../http/app-error.ts';
import { keepABreakGlassAdministrator, localSignIn } from '../sso/sign-in-policy.ts';
import { toUser } from './user-rows.ts';

async function accountRow(trx: Kysely<Database>, userId: string): Promise<Selectable<UsersTable>> {
  const row = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (row === undefined) throw new AppError('not-found', 'No account has this id.');
  return row;
}

/**
 * Refuses a change that would leave no active administrator: nobody could then manage accounts
 * from the web. Runs under a lock so two administrators demoting each other cannot both succeed.
 */
async function keepAnAdministrator(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  row: Selectable<UsersTable>,
): Promise<void> {
  if (row.role !== 'admin' || row.active !== 1) return;
  await serialize(trx, ctx.dialect, LOCKS.administrators);
  const other = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '!=', row.id)
    .executeTakeFirst();
  if (other === undefined)
    throw new AppError(
      'last-administrator',
      `${row.email} is the last active administrator. Make another account an administrator first.`,
    );
}

async function update(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  userId: string,
  changes: Updateable<UsersTable>,
): Promise<User> {
  await trx
    .updateTable('users')
    .set({ ...changes, updated_at: ctx.now().toISOString() })
    .where('id', '=', userId)
    .execute();
  return toUser(await accountRow(trx, userId));
}

/** Deactivates or reactivates an account; deactivation ends its sessions at once. */
export async function setAccountActive(
  ctx: ServiceContext,
  userId: string,
  active: boolean,
  actor: Actor,
): Promise<User> {
  let before: Selectable<UsersTable> | undefined;
  return withAudit(
    ctx,
    async (trx) => {
      before = await accountRow(trx, userId);
      if (!active) {
        await keepAnAdministrator(ctx, trx, before);
        if (before.break_glass === 1)
          await keepABreakGlassAdministrator(ctx, trx, await localSignIn(trx), userId);
        await endSessionsOf(trx, userId);
      }
      return update(ctx, trx, userId, { active: active ? 1 : 0 });
    },
    (user) => ({
      actor,
      action: active ? 'user.reactivate' : 'user.deactivate',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
      before: { active: before?.active === 1 },
      after: { active: user.active },
    }),
  );
}

/** Changes an account's role; its open sessions take the new role at their next request. */
export async function changeRole(
  ctx: ServiceContext,
  userId: string,
  role: Role,
  actor: Actor,
): Promise<User> {
  let before: Selectable<UsersTable> | undefined;
  return withAudit(
    ctx,
    async (trx) => {
      before = await accountRow(trx, userId);
      if (before.auth_source === 'oidc')
        throw new AppError(
          'conflict',
          `${before.email} signs in at the identity provider, whose groups decide the role at every sign-in. Change the person's groups there.`,
        );
      if (role !== 'admin') await keepAnAdministrator(ctx, trx, before);
      // Break-glass is for administrators only: the mark goes with the role.
      if (role !== 'admin' && before.break_glass === 1)
        await keepABreakGlassAdministrator(ctx, trx, await localSignIn(trx), userId);
      return update(ctx, trx, userId, { role, ...(role === 'admin' ? {} : { break_glass: 0 }) });
    },
    (user) => ({
      actor,
      action: 'user.role-change',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
      before: { role: before?.role },
      after: { role: user.role },
    }),
  );
}

/**
 * Gives the account a random temporary password, shown once to the administrator, and makes the
 * person choose their own at the next sign-in. Ends its sessions and any sign-in lock.
 */
export async function resetPassword(
  ctx: ServiceContext,
  userId: string,
  actor: Actor,
): Promise<PasswordResetResult> {
  // 144 random bits in 24 characters: well beyond guessing, short enough to read out.
  const temporaryPassword = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await withAudit(
    ctx,
    async (trx) => {
      const row = await accountRow(trx, userId);
      if (row.auth_source === 'oidc')
        throw new AppError(
          'conflict',
          `${row.email} signs in at the identity provider and has no OpenIORT password.`,
        );
      await endSessionsOf(trx, userId);
      return update(ctx, trx, userId, { password_hash: passwordHash, must_change_password: 1 });
    },
    (changed) => ({
      actor,
      action: 'user.password-reset',
      outcome: 'success',
      recordType: 'user',
      recordId: changed.id,
    }),
  );
  await clearLoginFailures(ctx, user.email);
  return { temporaryPassword };
}

/** Ends a sign-in lock before its time, and forgets the failures that led to it. */
export async function unlockAccount(
  ctx: ServiceContext,
  userId: string,
  actor: Actor,
): Promise<User> {
  return withAudit(
    ctx,
    async (trx) => {
      const row = await accountRow(trx, userId);
      await trx.deleteFrom('login_failures').where('email', '=', row.email).execute();
      await trx.deleteFrom('login_locks').where('email', '=', row.email).execute();
      return toUser(row);
    },
    (user) => ({
      actor,
      action: 'user.unlock',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
    }),
  );
}

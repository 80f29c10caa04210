import type { User } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { keepABreakGlassAdministrator, localSignIn } from '../sso/sign-in-policy.ts';
import { toUser } from './user-rows.ts';

/**
 * Marks a local administrator as break-glass (may sign in with a password when password sign-in
 * is off, to reach OpenIORT when the identity provider fails), or removes the mark; the last
 * active one cannot lose it while password sign-in is off.
 */
export async function setBreakGlass(
  ctx: ServiceContext,
  userId: string,
  breakGlass: boolean,
  actor: Actor,
): Promise<User> {
  let before = false;
  return withAudit(
    ctx,
    async (trx) => {
      const row = await trx
        .selectFrom('users')
        .selectAll()
        .where('id', '=', userId)
        .executeTakeFirst();
      if (row === undefined) throw new AppError('not-found', 'No account has this id.');
      before = row.break_glass === 1;
      if (breakGlass && (row.role !== 'admin' || row.auth_source !== 'local'))
        throw new AppError(
          'conflict',
          'Only a local administrator account (one that signs in with a password) can be break-glass.',
        );
      if (!breakGlass) await keepABreakGlassAdministrator(ctx, trx, await localSignIn(trx), userId);
      await trx
        .updateTable('users')
        .set({ break_glass: breakGlass ? 1 : 0, updated_at: ctx.now().toISOString() })
        .where('id', '=', userId)
        .execute();
      return toUser({ ...row, break_glass: breakGlass ? 1 : 0 });
    },
    (user) => ({
      actor,
      action: 'user.break-glass-change',
      outcome: 'success',
      recordType: 'user',
      recordId: user.id,
      before: { breakGlass: before },
      after: { breakGlass: user.breakGlass },
    }),
  );
}

import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { AppError } from '../http/app-error.ts';

export const LOCAL_SIGN_IN = ['all', 'break-glass-only'] as const;
export type LocalSignIn = (typeof LOCAL_SIGN_IN)[number];

export async function localSignIn(db: Kysely<Database>): Promise<LocalSignIn> {
  const row = await db
    .selectFrom('sign_in_policy')
    .select('local_sign_in')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.local_sign_in === 'break-glass-only' ? 'break-glass-only' : 'all';
}

/** May this local account sign in with its password under the policy in force? */
export function passwordSignInAllowed(
  policy: LocalSignIn,
  row: { role: string; break_glass: number; active: number },
): boolean {
  return policy === 'all' || (row.role === 'admin' && row.break_glass === 1 && row.active === 1);
}

/**
 * With password sign-in off, the active break-glass administrators are the only way in when the
 * identity provider fails: refuses a change (run under the administrators' lock) that would
 * leave none. `excluding` is the account about to lose the flag, the role or its activity.
 */
export async function keepABreakGlassAdministrator(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  policy: LocalSignIn,
  excluding: string | null,
): Promise<void> {
  if (policy === 'all') return;
  await serialize(trx, ctx.dialect, LOCKS.administrators);
  let query = trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('break_glass', '=', 1)
    .where('auth_source', '=', 'local');
  if (excluding !== null) query = query.where('id', '!=', excluding);
  if ((await query.executeTakeFirst()) === undefined)
    throw new AppError(
      'last-break-glass',
      'Password sign-in is switched off, and this would leave no active break-glass administrator to sign in if the identity provider fails. Mark another local administrator as break-glass first.',
    );
}

/**
 * Switches password sign-in for local accounts on or off. Off leaves only break-glass
 * administrators, needs at least one, and ends the other local accounts' sessions at once.
 */
export async function setLocalSignIn(
  ctx: ServiceContext,
  wanted: LocalSignIn,
  actor: Actor,
): Promise<LocalSignIn> {
  let before: LocalSignIn = 'all';
  let endedSessions = 0;
  return withAudit(
    ctx,
    async (trx) => {
      before = await localSignIn(trx);
      await keepABreakGlassAdministrator(ctx, trx, wanted, null);
      await trx
        .updateTable('sign_in_policy')
        .set({ local_sign_in: wanted, updated_at: ctx.now().toISOString(), updated_by: actor.id })
        .where('id', '=', 1)
        .execute();
      if (wanted === 'break-glass-only') {
        const ended = await trx
          .deleteFrom('sessions')
          .where('user_id', 'in', (eb) =>
            eb
              .selectFrom('users')
              .select('id')
              .where('auth_source', '=', 'local')
              .where((w) => w.or([w('break_glass', '=', 0), w('role', '!=', 'admin')])),
          )
          .executeTakeFirst();
        endedSessions = Number(ended.numDeletedRows);
      }
      return wanted;
    },
    (after) => ({
      actor,
      action: 'auth.sign-in-policy-change',
      outcome: 'success',
      recordType: 'sign-in-policy',
      before: { localSignIn: before },
      after: { localSignIn: after },
      detail: { endedSessions },
    }),
  );
}

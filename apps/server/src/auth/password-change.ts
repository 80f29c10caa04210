import type { AuthSource, PasswordChange } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { recordLoginFailure } from './login-limits.ts';
import { hashPassword } from './passwords.ts';
import { passwordMatches } from './reauthenticate.ts';
import { endSessionsOf } from './session-service.ts';

/**
 * Everyone's own password change. The current password is required (a session left open on a
 * shared workstation must not be enough), and a wrong one counts towards the sign-in lock like a
 * failed sign-in. The account's other sessions end; this one stays.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: PasswordChange,
  actor: Actor & { id: string; email: string; authSource: AuthSource },
  sessionTokenHash: string,
): Promise<void> {
  if (actor.authSource === 'oidc')
    throw new AppError(
      'conflict',
      'Your account signs in at the hospital identity provider and has no OpenIORT password; change your password there.',
    );
  if (!(await passwordMatches(ctx, actor.id, input.currentPassword))) {
    await recordAudit(ctx, {
      actor,
      action: 'auth.password-change-failed',
      outcome: 'failure',
      recordType: 'user',
      recordId: actor.id,
      detail: { reason: 'wrong-current-password' },
    });
    await recordLoginFailure(ctx, actor.email, actor.clientAddress ?? 'unknown');
    throw new AppError('validation-failed', 'The current password is not right.', {
      errors: [{ path: 'currentPassword', message: 'The current password is not right' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withAudit(
    ctx,
    async (trx) => {
      await trx
        .updateTable('users')
        .set({
          password_hash: passwordHash,
          must_change_password: 0,
          updated_at: ctx.now().toISOString(),
        })
        .where('id', '=', actor.id)
        .execute();
      await endSessionsOf(trx, actor.id, sessionTokenHash);
    },
    () => ({
      actor,
      action: 'auth.password-change',
      outcome: 'success',
      recordType: 'user',
      recordId: actor.id,
    }),
  );
}

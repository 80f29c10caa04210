import type { LoginInput, SessionUser } from '@openiort/contract';
import { ANONYMOUS } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { toSessionUser } from '../users/user-rows.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { startSession } from './session-service.ts';

/**
 * Checks the password and opens a session. Every failure is audited and answers the same way,
 * so the response does not reveal whether the email exists.
 */
export async function login(
  ctx: ServiceContext,
  input: LoginInput,
  clientAddress: string | null,
): Promise<{ user: SessionUser; token: string }> {
  const row = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', input.email)
    .executeTakeFirst();
  const ok = await verifyPassword(
    row?.password_hash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (row === undefined || !ok || row.active !== 1) {
    const reason = row === undefined ? 'unknown-email' : ok ? 'account-disabled' : 'wrong-password';
    await recordAudit(ctx, {
      actor: { ...ANONYMOUS(clientAddress), id: row?.id ?? null, email: input.email },
      action: 'auth.login-failed',
      outcome: 'failure',
      recordType: 'user',
      ...(row === undefined ? {} : { recordId: row.id }),
      detail: { reason },
    });
    throw new AppError(
      'invalid-credentials',
      'The email or password is not right, or the account is disabled.',
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
  });
  return { user, token };
}

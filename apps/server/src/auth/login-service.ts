import type { LoginInput, SessionUser } from '@openiort/contract';
import { ANONYMOUS, type Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { localSignIn, passwordSignInAllowed } from '../sso/sign-in-policy.ts';
import { toSessionUser } from '../users/user-rows.ts';
import { clearLoginFailures, loginBlock, recordLoginFailure } from './login-limits.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { startSession } from './session-service.ts';

export interface LoginResult {
  user: SessionUser;
  token: string;
  mustChangePassword: boolean;
}

function lockedError(lockedUntil: string): AppError {
  return new AppError(
    'account-locked',
    `Too many failed sign-ins for this email. Try again after ${lockedUntil.slice(11, 16)} UTC, or ask an administrator to unlock the account.`,
    { extra: { lockedUntil } },
  );
}

/**
 * Checks the limits, then the password, and opens a session. Every failure is audited and
 * answers the same way whether or not the email has an account: unknown emails are counted and
 * locked exactly like real ones.
 */
export async function login(
  ctx: ServiceContext,
  input: LoginInput,
  clientAddress: string,
): Promise<LoginResult> {
  const row = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', input.email)
    .executeTakeFirst();
  const actor: Actor = { ...ANONYMOUS(clientAddress), id: row?.id ?? null, email: input.email };
  const audit = (
    action: 'auth.login-failed' | 'auth.account-locked',
    outcome: 'success' | 'failure' | 'denied',
    detail: unknown,
  ) =>
    recordAudit(ctx, {
      actor,
      action,
      outcome,
      recordType: 'user',
      ...(row === undefined ? {} : { recordId: row.id }),
      detail,
    });

  const block = await loginBlock(ctx, input.email, clientAddress);
  if (block.kind === 'address-limited') {
    await audit('auth.login-failed', 'denied', { reason: 'address-limited' });
    throw new AppError(
      'rate-limited',
      `Too many failed sign-ins from this address. Wait ${String(ctx.config.loginFailureWindowMinutes)} minutes and try again.`,
    );
  }
  if (block.kind === 'account-locked') {
    await audit('auth.login-failed', 'denied', { reason: 'account-locked' });
    throw lockedError(block.lockedUntil);
  }

  const ok = await verifyPassword(
    row?.password_hash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (row === undefined || !ok || row.active !== 1) {
    const reason =
      row === undefined
        ? 'unknown-email'
        : ok
          ? 'account-disabled'
          : row.auth_source === 'oidc'
            ? 'single-sign-on-account'
            : 'wrong-password';
    await audit('auth.login-failed', 'failure', { reason });
    const lockedUntil = await recordLoginFailure(ctx, input.email, clientAddress);
    if (lockedUntil !== null) {
      await audit('auth.account-locked', 'success', {
        failures: ctx.config.loginFailuresPerAccount,
        lockedUntil,
      });
      throw lockedError(lockedUntil);
    }
    throw new AppError(
      'invalid-credentials',
      'The email or password is not right, or the account is disabled.',
    );
  }

  // Checked after the password, so the answer says nothing about accounts to someone guessing.
  if (!passwordSignInAllowed(await localSignIn(ctx.db), row)) {
    await audit('auth.login-failed', 'denied', { reason: 'local-sign-in-disabled' });
    const provider = ctx.config.oidc?.displayName;
    throw new AppError(
      'local-sign-in-disabled',
      `Sign-in with a password is switched off here${provider === undefined ? '' : `: use “Sign in with ${provider}”`}. Only break-glass administrators sign in with a password.`,
    );
  }
  await clearLoginFailures(ctx, input.email);
  await ctx.db
    .updateTable('users')
    .set({ last_login_at: ctx.now().toISOString() })
    .where('id', '=', row.id)
    .execute();
  const user = toSessionUser(row);
  const token = await startSession(ctx, user.id, clientAddress);
  await recordAudit(ctx, {
    actor: { id: user.id, email: user.email, role: user.role, clientAddress },
    action: 'auth.login',
    outcome: 'success',
    recordType: 'user',
    recordId: user.id,
  });
  return { user, token, mustChangePassword: row.must_change_password === 1 };
}

import {
  loginSchema,
  passwordChangeSchema,
  setupSchema,
  type MeResponse,
  type SetupStatus,
} from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { adminExists, createFirstAdmin } from '../users/user-service.ts';
import { login } from './login-service.ts';
import { changeOwnPassword } from './password-change.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { endSession, startSession } from './session-service.ts';
import { SESSION_COOKIE } from './session-token.ts';

export function authRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const me = (user: MeResponse['user'], mustChangePassword: boolean): MeResponse => ({
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      authSource: user.authSource,
    },
    mustChangePassword,
    idleTimeoutMinutes: ctx.config.idleTimeoutMinutes,
  });

  app.get('/api/setup', { config: { access: 'public' } }, async (): Promise<SetupStatus> => ({
    needsSetup: !(await adminExists(ctx.db)),
  }));

  app.post('/api/setup', { config: { access: 'public' } }, async (request, reply) => {
    const input = validate(setupSchema, request.body, 'set-up form');
    const user = await createFirstAdmin(ctx, input, request.ip);
    setSessionCookie(reply, await startSession(ctx, user.id, request.ip));
    return reply.code(201).send(me(user, false));
  });

  // Limits live in the database (auth/login-limits.ts): failures only, shared by every instance.
  app.post('/api/auth/login', { config: { access: 'public' } }, async (request, reply) => {
    const input = validate(loginSchema, request.body, 'sign-in form');
    const { user, token, mustChangePassword } = await login(ctx, input, request.ip);
    setSessionCookie(reply, token);
    return me(user, mustChangePassword);
  });

  app.post('/api/auth/logout', { config: { access: 'public' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined) await endSession(ctx, token);
    if (request.sessionUser !== null) {
      await recordAudit(ctx, {
        actor: actorOf(request),
        action: 'auth.logout',
        outcome: 'success',
        recordType: 'user',
        recordId: request.sessionUser.id,
      });
    }
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get(
    '/api/auth/me',
    { config: { access: 'session:read', openDuringPasswordChange: true } },
    (request) => me(requireUser(request), request.mustChangePassword),
  );

  app.put(
    '/api/auth/password',
    { config: { access: 'session:read', openDuringPasswordChange: true } },
    async (request, reply) => {
      const input = validate(passwordChangeSchema, request.body, 'password change');
      const user = requireUser(request);
      if (request.sessionTokenHash === null)
        throw new AppError('unauthenticated', 'Sign in to continue.');
      await changeOwnPassword(
        ctx,
        input,
        { ...actorOf(request), id: user.id, email: user.email, authSource: user.authSource },
        request.sessionTokenHash,
      );
      return reply.code(204).send();
    },
  );
}

import { loginSchema, setupSchema, type MeResponse, type SetupStatus } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { ANONYMOUS } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { login } from '../auth/login-service.ts';
import { endSession, startSession } from '../auth/session-service.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { adminExists, createFirstAdmin } from '../users/user-service.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';

const LOGIN_WINDOW = '15 minutes';

export function authRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const me = (user: MeResponse['user']): MeResponse => ({
    user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
    idleTimeoutMinutes: ctx.config.idleTimeoutMinutes,
  });

  app.get('/api/setup', { config: { access: 'public' } }, async (): Promise<SetupStatus> => ({
    needsSetup: !(await adminExists(ctx.db)),
  }));

  app.post('/api/setup', { config: { access: 'public' } }, async (request, reply) => {
    const input = validate(setupSchema, request.body, 'set-up form');
    const user = await createFirstAdmin(ctx, input, request.ip);
    setSessionCookie(reply, await startSession(ctx, user.id, request.ip));
    return reply.code(201).send(me(user));
  });

  app.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: ctx.config.loginAttemptsPerWindow,
          timeWindow: LOGIN_WINDOW,
          // The hook runs before the body is read, so the audit row has the address, not the email.
          onExceeded: (request) => {
            recordAudit(ctx, {
              actor: ANONYMOUS(request.ip),
              action: 'auth.login-failed',
              outcome: 'denied',
              detail: { reason: 'rate-limited' },
            }).catch((error: unknown) => {
              request.log.error({ err: error }, 'could not audit a rate-limited sign-in');
            });
          },
          errorResponseBuilder: () =>
            new AppError(
              'rate-limited',
              `Too many sign-in attempts from this address. Wait ${LOGIN_WINDOW} and try again.`,
            ),
        },
      },
    },
    async (request, reply) => {
      const input = validate(loginSchema, request.body, 'sign-in form');
      const { user, token } = await login(ctx, input, request.ip);
      setSessionCookie(reply, token);
      return me(user);
    },
  );

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

  app.get('/api/auth/me', { config: { access: 'session:read' } }, (request) =>
    me(requireUser(request)),
  );
}

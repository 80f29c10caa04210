import { isAllowed } from '@openiort/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/audit-service.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { resolveSession } from '../auth/session-service.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from './app-error.ts';
import { actorOf, type RouteAccess } from './request-context.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * The access rule of the route the router matched, or undefined when nothing matched (the
 * not-found handler). Decisions read this, never the URL text: the router decodes
 * percent-encoding and absolute-form targets, so the text and the matched route can disagree.
 */
export function matchedAccess(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config.access;
}

/** True when the matched route is an API route (its declared pattern, not the request text). */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/') === true;
}

/**
 * Every route must declare `config.access` ('public' or an action); the server refuses to start
 * otherwise. Each request to a matched route gets its session user and is checked against
 * PERMISSION_MATRIX before the handler. Returns the list of routes, which the permission test
 * walks.
 */
export function registerAccessControl(
  app: FastifyInstance,
  ctx: ServiceContext,
): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access === undefined) {
      throw new Error(`Route ${route.url} must declare config.access ('public' or an action).`);
    }
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = matchedAccess(request);
    if (access === undefined) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined && isApiRoute(request)) {
      const session = await resolveSession(ctx, token);
      if (session.kind === 'active') {
        request.sessionUser = session.user;
        request.sessionTokenHash = session.tokenHash;
        request.mustChangePassword = session.mustChangePassword;
      }
      if (session.kind === 'expired') {
        clearSessionCookie(reply);
        await recordAudit(ctx, {
          actor: { ...session.user, clientAddress: request.ip },
          action: 'auth.session-expired',
          outcome: 'success',
          recordType: 'user',
          recordId: session.user.id,
          detail: { reason: session.reason },
        });
      }
    }
    if (access === 'public') return;
    const user = request.sessionUser;
    if (user === null) throw new AppError('unauthenticated', 'Sign in to continue.');
    // After an administrator's reset, the temporary password opens nothing but its own change.
    if (request.mustChangePassword && request.routeOptions.config.openDuringPasswordChange !== true)
      throw new AppError(
        'password-change-required',
        'Choose a new password before doing anything else.',
      );
    if (!isAllowed(user.role, access)) {
      await recordAudit(ctx, {
        actor: actorOf(request),
        action: 'access.denied',
        outcome: 'denied',
        detail: { method: request.method, route: request.routeOptions.url, needs: access },
      });
      throw new AppError('forbidden', `Your role (${user.role}) may not do this (${access}).`);
    }
  });
  return routes;
}

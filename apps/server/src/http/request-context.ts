import type { Action, SessionUser } from '@openiort/contract';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit-event.ts';
import { AppError } from './app-error.ts';

/** Who may call a route: anyone, or signed-in users whose role the matrix allows `Action`. */
export type RouteAccess = 'public' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Reachable by a session that must change its password first (that change, me, sign-out). */
    openDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    sessionUser: SessionUser | null;
    /** The session's token hash, so a password change can end the account's other sessions. */
    sessionTokenHash: string | null;
    mustChangePassword: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  const user = request.sessionUser;
  return {
    id: user?.id ?? null,
    email: user?.email ?? null,
    role: user?.role ?? null,
    clientAddress: request.ip,
  };
}

/** The signed-in user, for routes whose access hook already required one. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (request.sessionUser === null) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.sessionUser;
}

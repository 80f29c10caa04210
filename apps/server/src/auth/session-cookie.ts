import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './session-token.ts';

/**
 * HttpOnly (no script can read it), SameSite=Strict (never sent from another site), Secure when
 * the request came over HTTPS, and no expiry date so it dies with the browser.
 */
export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
  });
}

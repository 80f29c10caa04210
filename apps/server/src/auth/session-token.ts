import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'openiort_session';

/** 256 random bits; only their SHA-256 is stored, so a leaked database cannot resume a session. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import type { TFunction } from 'i18next';
/** Why someone arrives at the sign-in page. */
export type SigninReason = 'session-ended' | 'idle' | 'signed-out' | 'required';

const REASONS: readonly string[] = ['session-ended', 'idle', 'signed-out', 'required'];

/**
 * Where to go after sign-in: only pages inside the app, never another site. Without a page to
 * return to, the home page `/app`: the worklist for clinical roles, the patient list for the
 * administrator (issue 12; pages/cases/home-page.tsx decides by role).
 */
export function safeNext(next: string | null): string {
  if (next === null) return '/app';
  if (!next.startsWith('/app') || next.startsWith('//') || next.includes('\\')) {
    return '/app';
  }
  return next;
}

/** `/signin?reason=…&next=…` (and `minutes` for an idle sign-out). */
export function signinUrl(reason: SigninReason, next?: string, minutes?: number): string {
  const params = new URLSearchParams({ reason });
  if (next !== undefined && next.startsWith('/app')) params.set('next', next);
  if (minutes !== undefined) params.set('minutes', String(minutes));
  return `/signin?${params.toString()}`;
}

/** The message the sign-in page shows for the reason in its URL, or null for none. */
export function signinNotice(t: TFunction, params: URLSearchParams): string | null {
  const reason = params.get('reason');
  if (reason === null || !REASONS.includes(reason)) return null;
  switch (reason as SigninReason) {
    case 'session-ended':
      return t('signIn.notice.sessionEnded');
    case 'idle': {
      const minutes = Number(params.get('minutes'));
      if (!Number.isInteger(minutes) || minutes <= 0) {
        return t('signIn.notice.idle');
      }
      return t('signIn.notice.idleMinutes', { count: minutes });
    }
    case 'signed-out':
      return t('signIn.notice.signedOut');
    case 'required':
      return t('signIn.notice.required');
  }
}

import type { TFunction } from 'i18next';

/** Where a signed-in user stands with respect to automatic logoff. */
export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleState {
  phase: IdlePhase;
  /** Milliseconds until logoff (0 once expired). */
  remainingMs: number;
}

const MINUTE_MS = 60_000;

/**
 * Pure idle arithmetic. The warning starts one minute before logoff (or halfway through, for a
 * timeout of two minutes or less).
 */
export function idleState(
  lastActivityMs: number,
  nowMs: number,
  timeoutMinutes: number,
): IdleState {
  const timeoutMs = timeoutMinutes * MINUTE_MS;
  const warningMs = Math.min(MINUTE_MS, timeoutMs / 2);
  const remainingMs = Math.max(0, lastActivityMs + timeoutMs - nowMs);
  if (remainingMs === 0) return { phase: 'expired', remainingMs: 0 };
  if (remainingMs <= warningMs) return { phase: 'warning', remainingMs };
  return { phase: 'active', remainingMs };
}

/** "45 seconds", "1 minute 5 seconds": rounded up, so the user is never promised too little. */
export function describeRemaining(t: TFunction, remainingMs: number): string {
  const totalSeconds = Math.ceil(remainingMs / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(t('idle.minutes', { count: minutes }));
  if (seconds > 0 || minutes === 0) parts.push(t('idle.seconds', { count: seconds }));
  return parts.join(' ');
}

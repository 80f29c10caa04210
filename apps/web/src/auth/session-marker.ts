/**
 * Remembers, for this browser tab only, that someone signed in. A 401 then means "your session
 * ended" rather than "please sign in". Holds no user data.
 */
const KEY = 'openiort:had-session';

export function markSessionStarted(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage can be disabled; the only cost is a less specific message.
  }
}

export function clearSessionMarker(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // See above.
  }
}

export function hadSession(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Remembers when the user last touched the mouse or keyboard in any OpenIORT tab of this
 * browser, so working in one tab keeps the others signed in.
 */
const STORAGE_KEY = 'openiort:last-activity';
const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const STORE_EVERY_MS = 5_000;

export interface ActivityTracker {
  lastActivity(): number;
  /** Counts as activity now (e.g. the "Stay signed in" button). */
  touch(): void;
  stop(): void;
}

export function startActivityTracker(now: () => number = Date.now): ActivityTracker {
  let last = now();
  let stored = 0;
  const store = () => {
    if (last - stored < STORE_EVERY_MS) return;
    stored = last;
    try {
      localStorage.setItem(STORAGE_KEY, String(last));
    } catch {
      // Without storage, each tab keeps its own clock.
    }
  };
  const onActivity = () => {
    last = now();
    store();
  };
  for (const event of EVENTS) {
    window.addEventListener(event, onActivity, { passive: true, capture: true });
  }
  const readShared = () => {
    try {
      const value = Number(localStorage.getItem(STORAGE_KEY));
      return Number.isFinite(value) ? value : 0;
    } catch {
      return 0;
    }
  };
  return {
    lastActivity: () => Math.max(last, Math.min(readShared(), now())),
    touch: onActivity,
    stop: () => {
      for (const event of EVENTS) {
        window.removeEventListener(event, onActivity, { capture: true });
      }
    },
  };
}

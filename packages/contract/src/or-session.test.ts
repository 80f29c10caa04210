import { describe, expect, it } from 'vitest';
import { advanceLiveDelivery, clockOffsetMs, type OrSessionState } from './or-session.ts';

const T0 = '2026-11-28T10:00:00.000Z';

function state(status: OrSessionState['status'], remaining: number[]): OrSessionState {
  return {
    status,
    serverNow: T0,
    startedAt: status === 'not-started' ? null : '2026-11-28T09:59:00.000Z',
    elapsedS: status === 'not-started' ? 0 : 60,
    beamOnTimeS: 40,
    dwells: remaining.map((r, index) => ({
      index,
      positionCm: [0, 0, index * 0.5] as const,
      plannedTimeS: 100,
      deliveredTimeS: 100 - r,
      remainingTimeS: r,
    })),
  } as OrSessionState;
}

const at = (seconds: number) => Date.parse(T0) + seconds * 1000;

describe('advanceLiveDelivery', () => {
  it('steps through the dwells in order while delivering', () => {
    const view = advanceLiveDelivery(state('delivering', [0, 30, 100]), at(45));
    expect(view.dwells.map((d) => d.remainingTimeS)).toEqual([0, 0, 85]);
    expect(view.currentDwellIndex).toBe(2);
    expect(view.remainingTimeS).toBe(85);
    expect(view.beamOnTimeS).toBe(85);
    expect(view.elapsedS).toBe(105);
  });

  it('never delivers more than remains', () => {
    const view = advanceLiveDelivery(state('delivering', [10, 5]), at(1000));
    expect(view.remainingTimeS).toBe(0);
    expect(view.beamOnTimeS).toBe(55);
    expect(view.currentDwellIndex).toBeNull();
  });

  it('moves only the wall clock while interrupted, nothing once finished or before the start', () => {
    const paused = advanceLiveDelivery(state('interrupted', [20, 100]), at(30));
    expect(paused.remainingTimeS).toBe(120);
    expect(paused.elapsedS).toBe(90);
    expect(paused.currentDwellIndex).toBe(0);
    expect(advanceLiveDelivery(state('complete', [0, 0]), at(30)).elapsedS).toBe(60);
    expect(advanceLiveDelivery(state('abandoned', [3, 0]), at(30)).remainingTimeS).toBe(3);
    expect(advanceLiveDelivery(state('not-started', [100]), at(30)).elapsedS).toBe(0);
  });

  it('ignores a client clock behind the state it got', () => {
    const view = advanceLiveDelivery(state('delivering', [50]), at(-5));
    expect(view.remainingTimeS).toBe(50);
  });

  it('agrees between two devices that estimate the same server time', () => {
    const s = state('delivering', [30, 30, 30]);
    expect(advanceLiveDelivery(s, at(12.3))).toEqual(advanceLiveDelivery(s, at(12.3)));
  });
});

describe('clockOffsetMs', () => {
  it('is the server time minus the middle of the round trip', () => {
    // Sent at 1000, answered at 1200 by a server whose clock said T0 + 5 s at the midpoint.
    const server = new Date(5000 + 1100).toISOString();
    expect(clockOffsetMs(1000, 1200, server)).toBe(5000);
    expect(clockOffsetMs(1000, 1000, new Date(400).toISOString())).toBe(-600);
  });
});

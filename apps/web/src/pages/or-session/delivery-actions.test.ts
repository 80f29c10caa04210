import { advanceLiveDelivery, type OrSessionState } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import { actionBlockers } from './delivery-actions.ts';

const { t } = createClinicianI18n();

const base = {
  serverNow: '2026-11-28T10:00:00.000Z',
  startedAt: '2026-11-28T09:59:00.000Z',
  elapsedS: 60,
  beamOnTimeS: 60,
  beamOnGates: [{ name: 'final-plan-signed', ok: true }],
  dwells: [
    { index: 0, positionCm: [0, 0, 0], plannedTimeS: 100, deliveredTimeS: 60, remainingTimeS: 40 },
  ],
} as unknown as OrSessionState;

const blockers = (
  status: OrSessionState['status'],
  may = { operate: true, decide: true },
  over: Partial<OrSessionState> = {},
  atMs = Date.parse(base.serverNow),
) => {
  const state = { ...base, status, ...over };
  return actionBlockers(t, state, advanceLiveDelivery(state, atMs), may);
};

describe('actionBlockers', () => {
  it('allows only start before the start, and only when every gate passes', () => {
    const open = blockers('not-started');
    expect(open.start).toBeNull();
    expect(open.resume).toMatch(/Only an interrupted delivery/);
    expect(open.complete).toMatch(/not started/);
    const gated = blockers('not-started', undefined, {
      beamOnGates: [{ name: 'final-plan-signed', ok: false, reason: 'Not signed by a physicist.' }],
    });
    expect(gated.start).toBe('Not signed by a physicist.');
  });

  it('allows interrupt and abandon while delivering; complete once the time has run out', () => {
    const running = blockers('delivering');
    expect(running.interrupt).toBeNull();
    expect(running.abandon).toBeNull();
    expect(running.complete).toMatch(/^40 s remain/);
    expect(
      blockers('delivering', undefined, {}, Date.parse(base.serverNow) + 40_000).complete,
    ).toBeNull();
  });

  it('allows source change and resume only while interrupted', () => {
    const paused = blockers('interrupted');
    expect(paused['source-change']).toBeNull();
    expect(paused.resume).toBeNull();
    expect(blockers('delivering')['source-change']).toMatch(/Interrupt the delivery/);
  });

  it('names the role that may act, and closes everything once finished', () => {
    const nurse = blockers('delivering', { operate: false, decide: false });
    expect(nurse.interrupt).toMatch(/medical physicist or radiation oncologist/);
    expect(nurse.abandon).toMatch(/radiation oncologist’s decision/);
    expect(blockers('delivering', { operate: true, decide: false }).abandon).toMatch(/decision/);
    const done = blockers('complete');
    expect(Object.values(done)).toEqual(Array<string>(6).fill('The delivery is complete.'));
  });
});

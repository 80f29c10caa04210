import type { OrSessionEventDto } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { sessionState, type SessionFacts } from './session-state.ts';
import { plausibleStrengthRange, strengthProblem } from './strength-range.ts';

const facts: SessionFacts = {
  id: 's',
  planId: 'p',
  planVersion: 1,
  patientId: 'x',
  caseId: null,
  createdAt: '2026-11-28T09:00:00.000Z',
  createdBy: { id: 'u', email: 'u@example.org', displayName: 'U' },
  plan: {
    dwells: [
      { positionCm: [0, 0, 0], timeS: 60 },
      { positionCm: [0, 0, 0.5], timeS: 40 },
    ],
    airKermaStrengthU: 40,
    referenceContributionsGy: [12, 8],
    prescribedDoseGy: 20,
  },
  demonstration: true,
  strengthRange: plausibleStrengthRange(40, 40, 20),
  reportableDeviationPercent: 20,
  gates: [],
};

const actor = { id: 'u', name: 'U', role: 'medical-physicist' as const };
const event = (seq: number, type: OrSessionEventDto['type'], atS: number, more = {}) => ({
  seq,
  type,
  at: new Date(Date.parse('2026-11-28T10:00:00.000Z') + atS * 1000).toISOString(),
  atS,
  actor,
  ...more,
});
const atS = (s: number) => new Date(Date.parse('2026-11-28T10:00:00.000Z') + s * 1000);

describe('sessionState', () => {
  it('counts the beam up to now while delivering, from the stored start', () => {
    const s = sessionState(facts, [event(1, 'start', 0)], atS(70));
    expect(s.status).toBe('delivering');
    expect(s.elapsedS).toBe(70);
    expect(s.dwells.map((d) => d.remainingTimeS)).toEqual([0, 30]);
    expect(s.deliveredDoseGy).toBeCloseTo(12 + 8 * (10 / 40), 9);
    expect(s.seq).toBe(1);
  });

  it('freezes the dwells while interrupted and rescales them after a source change', () => {
    const events = [
      event(1, 'start', 0),
      event(2, 'interrupt', 30, { termination: 'machine', category: 'source-failure' }),
      event(3, 'source-change', 50, { airKermaStrengthU: 44 }),
    ];
    const s = sessionState(facts, events, atS(500));
    expect(s.status).toBe('interrupted');
    expect(s.elapsedS).toBe(500);
    expect(s.airKermaStrengthU).toBe(44);
    expect(s.remainingTimeS).toBeCloseTo((70 * 40) / 44, 9);
  });

  it('freezes the elapsed time at the last event once finished', () => {
    const events = [event(1, 'start', 0), event(2, 'abandon', 12, { reason: 'fictional' })];
    const s = sessionState(facts, events, atS(900));
    expect(s).toMatchObject({ status: 'abandoned', elapsedS: 12, reportable: true });
  });

  it('stops the room when a stored record no longer replays', () => {
    expect(() => sessionState(facts, [event(1, 'resume', 0)], atS(1))).toThrow(/no longer replays/);
  });
});

describe('the plausible strength band', () => {
  it('is the nominal strength ± the program tolerance, else the planned one', () => {
    expect(plausibleStrengthRange(40, 38, 20)).toEqual({
      minU: 32,
      maxU: 48,
      centreU: 40,
      basis: 'nominal',
    });
    expect(plausibleStrengthRange(undefined, 38, 10).basis).toBe('planned');
    const band = plausibleStrengthRange(40, 40, 20);
    expect(strengthProblem(48, band)).toBeUndefined();
    expect(strengthProblem(32, band)).toBeUndefined();
    expect(strengthProblem(48.1, band)).toMatch(/32–48 U \(nominal 40 U ± 20 %\)/);
    expect(strengthProblem(4, band)).toMatch(/implausible/);
  });
});

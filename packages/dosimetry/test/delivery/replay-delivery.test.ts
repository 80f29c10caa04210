import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planBalloon,
  replayDelivery,
  shippedModel,
  type DeliveryEvent,
  type DeliveryPlan,
  type SourceModel,
} from '../../src/index.ts';
import { balloonInput } from '../planning/fixtures.ts';

const line = shippedModel('demo-50kv-ebx-line') as SourceModel;
const result = planBalloon(line, balloonInput(45, { airKermaStrengthU: 10_000 }));
if (result.status !== 'ok') throw new Error('the 45 cc plan is refused');
const plan: DeliveryPlan = {
  dwells: result.dwells,
  airKermaStrengthU: result.airKermaStrengthU,
  referenceContributionsGy: result.referenceContributionsGy,
  prescribedDoseGy: 20,
};
const totalS = result.totalTimeS;

const summaryOf = (events: DeliveryEvent[]) => {
  const replayed = replayDelivery(plan, events);
  if (!replayed.ok)
    throw new Error(
      `refused: events[${String(replayed.refusal.index)}] ${replayed.refusal.message}`,
    );
  return replayed.summary;
};
const refusalOf = (events: DeliveryEvent[]) => {
  const replayed = replayDelivery(plan, events);
  return replayed.ok
    ? 'accepted'
    : `events[${String(replayed.refusal.index)}]: ${replayed.refusal.message}`;
};

describe('the plan’s shares of the reference dose', () => {
  it('add up to the prescription, one per dwell, none for a dwell without time', () => {
    const sum = result.referenceContributionsGy.reduce((s, x) => s + x, 0);
    expect(sum).toBeCloseTo(20, 9);
    expect(result.referenceContributionsGy).toHaveLength(result.dwells.length);
    result.dwells.forEach((d, j) => {
      if (d.timeS === 0) expect(result.referenceContributionsGy[j]).toBe(0);
    });
  });
});

describe('replayDelivery', () => {
  it('gives 100 % for a delivery without interruptions', () => {
    const s = summaryOf([
      { atS: 0, type: 'start' },
      { atS: totalS, type: 'complete' },
    ]);
    expect(s.status).toBe('complete');
    expect(s.deliveredDoseGy).toBeCloseTo(20, 9);
    expect(s.deviationPercent).toBeCloseTo(0, 9);
    expect(s.reportable).toBe(false);
    expect(s.beamOnTimeS).toBeCloseTo(totalS, 9);
    expect(s.remainingTimeS).toBeCloseTo(0, 9);
    s.dwells.forEach((d) => {
      expect(d.deliveredTimeS).toBeCloseTo(d.plannedTimeS, 9);
    });
  });

  it('steps through the dwells with time in plan order, and reports a delivery in progress', () => {
    const first = result.dwells.findIndex((d) => d.timeS > 0);
    const firstTime = result.dwells[first]?.timeS ?? 0;
    const s = summaryOf([
      { atS: 0, type: 'start' },
      {
        atS: firstTime + 1,
        type: 'interrupt',
        termination: 'operator',
        category: 'patient-or-surgical',
      },
    ]);
    expect(s.status).toBe('interrupted');
    expect(s.dwells[first]?.deliveredTimeS).toBeCloseTo(firstTime, 9);
    expect(s.beamOnTimeS).toBeCloseTo(firstTime + 1, 9);
    expect(s.remainingTimeS).toBeCloseTo(totalS - firstTime - 1, 9);
    expect(s.deliveredDoseGy).toBeLessThan(20);
    expect(s.reportable).toBe(false);
  });

  it('never keeps the beam on longer than what remains', () => {
    const s = summaryOf([
      { atS: 0, type: 'start' },
      { atS: totalS + 500, type: 'complete' },
    ]);
    expect(s.beamOnTimeS).toBeCloseTo(totalS, 9);
  });

  it('scales the remaining real time by S_plan / S_new after a source change, leaving the dose unchanged', () => {
    const pauseAt = totalS / 3;
    const before = summaryOf([
      { atS: 0, type: 'start' },
      { atS: pauseAt, type: 'interrupt', termination: 'machine', category: 'source-failure' },
    ]);
    const after = summaryOf([
      { atS: 0, type: 'start' },
      { atS: pauseAt, type: 'interrupt', termination: 'machine', category: 'source-failure' },
      { atS: pauseAt + 60, type: 'source-change', airKermaStrengthU: 8_000 },
    ]);
    expect(after.remainingTimeS).toBeCloseTo((before.remainingTimeS * 10_000) / 8_000, 9);
    const done = summaryOf([
      { atS: 0, type: 'start' },
      { atS: pauseAt, type: 'interrupt', termination: 'machine', category: 'source-failure' },
      { atS: pauseAt + 60, type: 'source-change', airKermaStrengthU: 8_000 },
      { atS: pauseAt + 120, type: 'resume' },
      { atS: pauseAt + 120 + after.remainingTimeS, type: 'complete' },
    ]);
    expect(done.status).toBe('complete');
    expect(done.deliveredDoseGy).toBeCloseTo(20, 9);
    expect(done.beamOnTimeS).toBeCloseTo(pauseAt + after.remainingTimeS, 9);
  });

  it('flags an abandoned delivery that gave too little as reportable', () => {
    const s = summaryOf([
      { atS: 0, type: 'start' },
      { atS: totalS / 2, type: 'abandon', reason: 'patient unstable' },
    ]);
    expect(s.status).toBe('abandoned');
    expect(s.deviationPercent).toBeLessThan(-20);
    expect(s.reportable).toBe(true);
  });

  it('refuses impossible sequences, naming the event', () => {
    expect(refusalOf([{ atS: 0, type: 'resume' }])).toBe(
      'events[0]: resume before interrupt (the delivery is not-started)',
    );
    expect(
      refusalOf([
        { atS: 0, type: 'start' },
        { atS: 10, type: 'interrupt', termination: 'operator' },
        { atS: 20, type: 'resume' },
        { atS: 30, type: 'resume' },
      ]),
    ).toBe('events[3]: resume before interrupt (the delivery is delivering)');
    expect(
      refusalOf([
        { atS: 0, type: 'start' },
        { atS: 0, type: 'start' },
      ]),
    ).toMatch(/^events\[1\]: start after/);
    expect(
      refusalOf([
        { atS: 5, type: 'start' },
        { atS: 4, type: 'interrupt', termination: 'operator' },
      ]),
    ).toMatch(/^events\[1\]: atS 4 is before/);
    expect(
      refusalOf([
        { atS: 0, type: 'start' },
        { atS: 10, type: 'source-change', airKermaStrengthU: 9_000 },
      ]),
    ).toMatch(/^events\[1\]: source-change while delivering/);
    expect(
      refusalOf([
        { atS: 0, type: 'start' },
        { atS: 10, type: 'complete' },
      ]),
    ).toMatch(/^events\[1\]: complete while \d+\.\d s remain/);
    expect(
      refusalOf([
        { atS: 0, type: 'start' },
        { atS: totalS, type: 'complete' },
        { atS: totalS + 1, type: 'interrupt', termination: 'operator' },
      ]),
    ).toMatch(/^events\[2\]: interrupt after the delivery was completed/);
  });
});

describe('replayDelivery properties', () => {
  /** Interruptions at any times, with any pauses and source changes, then delivery to the end. */
  const interruptions = fc.array(
    fc.record({
      beamS: fc.double({ min: 0.5, max: 200, noNaN: true }),
      pauseS: fc.double({ min: 0, max: 600, noNaN: true }),
      newStrengthU: fc.option(fc.double({ min: 5_000, max: 15_000, noNaN: true }), {
        nil: undefined,
      }),
    }),
    { maxLength: 6 },
  );

  it('delivers the prescribed dose however the delivery is split, and scales time by strength', () => {
    fc.assert(
      fc.property(interruptions, (cuts) => {
        const events: DeliveryEvent[] = [{ atS: 0, type: 'start' }];
        let now = 0;
        let strength = 10_000;
        let givenEquivalentS = 0;
        for (const cut of cuts) {
          const leftEquivalent = totalS - givenEquivalentS;
          const beam = Math.min(cut.beamS, (leftEquivalent * 10_000) / strength);
          now += beam;
          givenEquivalentS += (beam * strength) / 10_000;
          events.push({ atS: now, type: 'interrupt', termination: 'operator' });
          now += cut.pauseS;
          if (cut.newStrengthU !== undefined) {
            strength = cut.newStrengthU;
            events.push({ atS: now, type: 'source-change', airKermaStrengthU: strength });
          }
          events.push({ atS: now, type: 'resume' });
        }
        const s = summaryOf(events);
        expect(s.remainingTimeS).toBeCloseTo(((totalS - givenEquivalentS) * 10_000) / strength, 6);
        now += s.remainingTimeS;
        events.push({ atS: now, type: 'complete' });
        const done = summaryOf(events);
        expect(done.status).toBe('complete');
        expect(done.deliveredDoseGy).toBeCloseTo(20, 6);
        expect(done.reportable).toBe(false);
      }),
      { numRuns: 200, seed: 20261128 },
    );
  });
});

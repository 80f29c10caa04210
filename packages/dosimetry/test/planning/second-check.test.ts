import { describe, expect, it } from 'vitest';
import {
  planBalloon,
  secondCheckBalloon,
  type PlanResult,
  DEFAULT_PLAN_LIMITS,
} from '../../src/index.ts';
import { balloonInput, demo, lineModel } from './fixtures.ts';

function ok(result: PlanResult) {
  if (result.status !== 'ok') throw new Error('plan refused');
  return result;
}

describe('independent second check', () => {
  it('agrees with the engine within 1 % on good plans', () => {
    for (const model of [demo, lineModel])
      for (const v of [10, 30, 45, 75, 120, 200])
        for (const step of [0.25, 0.5]) {
          const plan = ok(planBalloon(model, balloonInput(v, { dwellStepCm: step })));
          expect(plan.secondCheck.deviationPercent).toBeLessThan(1);
          expect(plan.secondCheck.withinTolerance).toBe(true);
          expect(plan.secondCheck.tolerancePercent).toBe(5);
          expect(plan.warnings.some((w) => w.includes('second check'))).toBe(false);
        }
  });

  it('flags a corrupted dwell table (one dwell time × 1.5)', () => {
    for (const model of [demo, lineModel]) {
      const plan = ok(planBalloon(model, balloonInput(45)));
      const longest = plan.dwells.reduce(
        (best, d, j) => (d.timeS > (plan.dwells[best]?.timeS ?? 0) ? j : best),
        0,
      );
      const corrupted = plan.dwells.map((d, j) =>
        j === longest ? { ...d, timeS: 1.5 * d.timeS } : d,
      );
      const result = secondCheckBalloon(model, {
        airKermaStrengthU: plan.airKermaStrengthU,
        dwells: corrupted,
        balloonRadiusCm: plan.balloonRadiusCm,
        skinDistanceCm: 1.2,
        plan: { surfaceMeanGy: plan.surfaceDoseGy.mean, skinDoseGy: plan.skinDoseGy },
        tolerancePercent: 5,
      });
      expect(result.deviationPercent).toBeGreaterThan(5);
      expect(result.withinTolerance).toBe(false);
    }
  });

  it('flags a plan computed with the wrong strength', () => {
    const plan = ok(planBalloon(lineModel, balloonInput(45)));
    const result = secondCheckBalloon(lineModel, {
      airKermaStrengthU: plan.airKermaStrengthU * 1.06,
      dwells: plan.dwells,
      balloonRadiusCm: plan.balloonRadiusCm,
      skinDistanceCm: 1.2,
      plan: { surfaceMeanGy: plan.surfaceDoseGy.mean, skinDoseGy: plan.skinDoseGy },
      tolerancePercent: 5,
    });
    expect(result.deviationPercent).toBeCloseTo(6, 0);
    expect(result.withinTolerance).toBe(false);
  });

  it('uses the program tolerance', () => {
    const plan = ok(
      planBalloon(lineModel, balloonInput(45), {
        limits: { ...DEFAULT_PLAN_LIMITS, secondCheckTolerancePercent: 0.01 },
      }),
    );
    expect(plan.secondCheck.tolerancePercent).toBe(0.01);
    expect(plan.secondCheck.withinTolerance).toBe(false);
    expect(plan.warnings.some((w) => w.includes('second check'))).toBe(true);
    expect(plan.status).toBe('ok');
  });

  it('never passes a dwell table with a point inside the source', () => {
    const result = secondCheckBalloon(demo, {
      airKermaStrengthU: 10_000,
      dwells: [{ positionCm: [0, 0, 2], axis: [0, 0, 1], timeS: 100 }],
      balloonRadiusCm: 2,
      skinDistanceCm: 1,
      plan: { surfaceMeanGy: 1, skinDoseGy: 1 },
      tolerancePercent: 5,
    });
    expect(result.withinTolerance).toBe(false);
  });
});

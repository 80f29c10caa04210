import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateBalloonDoses,
  planBalloon,
  sphereDoseStatsGy,
  type PlanResult,
} from '../../src/index.ts';
import { balloonInput, demo, lineModel, relative } from './fixtures.ts';

const RUNS = { numRuns: 40 };

function ok(result: PlanResult) {
  if (result.status !== 'ok') throw new Error('plan refused');
  return result;
}

const models = fc.constantFrom(demo, lineModel);
const volume = fc.double({ min: 10, max: 200, noNaN: true });

describe('balloon plan properties', () => {
  it('dose is linear in time: k × every dwell time gives k × every reported dose', () => {
    fc.assert(
      fc.property(models, volume, fc.double({ min: 0.1, max: 5, noNaN: true }), (model, v, k) => {
        const plan = ok(planBalloon(model, balloonInput(v, { chestWallDistanceCm: 2 })));
        const geometry = {
          balloonRadiusCm: plan.balloonRadiusCm,
          skinDistanceCm: 1.2,
          chestWallDistanceCm: 2,
        };
        const base = evaluateBalloonDoses(model, plan.airKermaStrengthU, plan.dwells, geometry);
        const scaled = evaluateBalloonDoses(
          model,
          plan.airKermaStrengthU,
          plan.dwells.map((d) => ({ ...d, timeS: k * d.timeS })),
          geometry,
        );
        const flat = (d: typeof base) => [
          d.surfaceDoseGy.min,
          d.surfaceDoseGy.mean,
          d.surfaceDoseGy.max,
          ...d.depthDoseGy.flatMap((x) => [x.min, x.mean, x.max]),
          d.skinDoseGy,
          d.chestWallDoseGy ?? 0,
        ];
        const b = flat(base);
        flat(scaled).forEach((s, i) => {
          expect(relative(s, k * (b[i] ?? 0))).toBeLessThan(1e-12);
        });
      }),
      RUNS,
    );
  });

  it('k × the prescription gives k × every dwell time', () => {
    fc.assert(
      fc.property(models, volume, fc.double({ min: 1, max: 50, noNaN: true }), (model, v, dose) => {
        const unit = ok(planBalloon(model, balloonInput(v)));
        const plan = ok(
          planBalloon(model, balloonInput(v, { prescription: { doseGy: dose, to: 'surface' } })),
        );
        plan.dwells.forEach((d, j) => {
          expect(d.timeS).toBeCloseTo(((unit.dwells[j]?.timeS ?? 0) * dose) / 20, 6);
        });
        expect(relative(plan.skinDoseGy, (unit.skinDoseGy * dose) / 20)).toBeLessThan(1e-9);
      }),
      RUNS,
    );
  });

  it('surface statistics do not change when the samples turn about the catheter', () => {
    fc.assert(
      fc.property(
        models,
        volume,
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (model, v, angle) => {
          const plan = ok(planBalloon(model, balloonInput(v)));
          const turned = sphereDoseStatsGy(
            model,
            plan.airKermaStrengthU,
            plan.dwells,
            plan.balloonRadiusCm,
            angle,
          );
          expect(relative(turned.min, plan.surfaceDoseGy.min)).toBeLessThan(1e-9);
          expect(relative(turned.mean, plan.surfaceDoseGy.mean)).toBeLessThan(1e-9);
          expect(relative(turned.max, plan.surfaceDoseGy.max)).toBeLessThan(1e-9);
        },
      ),
      RUNS,
    );
  });

  it('every plan has non-negative times and its mean surface dose at the prescription', () => {
    fc.assert(
      fc.property(
        models,
        volume,
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 0.7, max: 5, noNaN: true }),
        (model, v, step, skin) => {
          const plan = ok(
            planBalloon(model, balloonInput(v, { dwellStepCm: step, skinDistanceCm: skin })),
          );
          expect(plan.dwells.every((d) => d.timeS >= 0)).toBe(true);
          expect(relative(plan.surfaceDoseGy.mean, 20)).toBeLessThan(1e-6);
          expect(plan.secondCheck.withinTolerance).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

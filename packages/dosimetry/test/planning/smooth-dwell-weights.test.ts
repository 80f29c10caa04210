import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATHETER_AXIS,
  DEFAULT_SMOOTHNESS_WEIGHT,
  defaultSmoothnessWeight,
  InvalidPlanInputError,
  planBalloon,
  shippedModel,
  smoothSurfaceWeights,
  sphereMatrices,
  surfaceUniformity,
  uniformSurfaceWeights,
  type DwellDoseRateMatrix,
  type PlanResult,
  type SourceModel,
} from '../../src/index.ts';
import { balloonInput, demo, lineModel, relative } from './fixtures.ts';

const line = shippedModel('demo-50kv-ebx-line') as SourceModel;

function ok(result: PlanResult) {
  if (result.status !== 'ok') throw new Error('plan refused');
  return result;
}

/** The objective smoothSurfaceWeights minimises, written out directly. */
function objective(a: DwellDoseRateMatrix, w: ArrayLike<number>, mu: number): number {
  let misfit = 0;
  let sum = 0;
  for (let i = 0; i < a.rows; i++) {
    let d = 0;
    for (let j = 0; j < a.cols; j++) {
      d += (a.values[i * a.cols + j] ?? 0) * (w[j] ?? 0);
      sum += a.values[i * a.cols + j] ?? 0;
    }
    misfit += (d - 1) ** 2;
  }
  const mean = sum / (a.rows * a.cols);
  let steps = 0;
  for (let j = 0; j + 1 < a.cols; j++) steps += (mean * ((w[j + 1] ?? 0) - (w[j] ?? 0))) ** 2;
  return misfit / a.rows + mu * steps;
}

function surfaceMatrix(model: SourceModel, radiusCm: number, positions: number[]) {
  const geometry = positions.map((z) => ({ positionCm: [0, 0, z] as const, axis: CATHETER_AXIS }));
  return sphereMatrices(model, geometry)(radiusCm);
}

const largestStepShare = (times: readonly number[]) => {
  const total = times.reduce((s, t) => s + t, 0);
  let step = 0;
  for (let j = 0; j + 1 < times.length; j++)
    step = Math.max(step, Math.abs((times[j + 1] ?? 0) - (times[j] ?? 0)));
  return step / total;
};

describe('smoothSurfaceWeights', () => {
  const positions = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5];
  const a = surfaceMatrix(line, 2.2, positions);

  it('with μ = 0 is the plain non-negative least squares', () => {
    const plain = uniformSurfaceWeights(a);
    smoothSurfaceWeights(a, 0).forEach((w, j) => {
      expect(w).toBeCloseTo(plain[j] ?? 0, 12);
    });
  });

  it('finds the minimum: no non-negative perturbation lowers the objective (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }),
        (mu, direction) => {
          const w = smoothSurfaceWeights(a, mu);
          const best = objective(a, w, mu);
          const scale = 0.01 * Math.max(...w);
          const moved = Array.from(w, (x, j) => Math.max(0, x + scale * (direction[j] ?? 0)));
          expect(objective(a, moved, mu)).toBeGreaterThanOrEqual(best * (1 - 1e-9));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('smooths more as μ grows: the largest step between neighbours shrinks', () => {
    const shares = [0, 0.01, 0.1, 1, 10].map((mu) =>
      largestStepShare([...smoothSurfaceWeights(a, mu)]),
    );
    shares.slice(1).forEach((s, i) => {
      expect(s).toBeLessThan(shares[i] ?? 0);
    });
  });

  it('is deterministic and never negative', () => {
    expect(smoothSurfaceWeights(a, 0.3)).toEqual(smoothSurfaceWeights(a, 0.3));
    for (const w of smoothSurfaceWeights(a, 0.3)) expect(w).toBeGreaterThanOrEqual(0);
  });
});

describe('smoothing in planBalloon', () => {
  it('defaults to μ = 0.1 for an anisotropic line model and 0 for the point model', () => {
    expect(DEFAULT_SMOOTHNESS_WEIGHT).toBe(0.1);
    expect(defaultSmoothnessWeight(line)).toBe(0.1);
    expect(defaultSmoothnessWeight(lineModel)).toBe(0.1);
    expect(defaultSmoothnessWeight(demo)).toBe(0);
    expect(ok(planBalloon(line, balloonInput(45))).smoothnessWeight).toBe(0.1);
    expect(ok(planBalloon(demo, balloonInput(45))).smoothnessWeight).toBe(0);
  });

  it('plans the demonstration line model with several active dwells and reports uniformity', () => {
    for (const volume of [30, 45, 60]) {
      const plan = ok(planBalloon(line, balloonInput(volume)));
      const active = plan.dwells.filter((d) => d.timeS > 0);
      expect(active.length).toBeGreaterThanOrEqual(4);
      expect(plan.surfaceUniformity).toBe(plan.surfaceDoseGy.min / plan.surfaceDoseGy.max);
      expect(plan.surfaceUniformity).toBeGreaterThan(0.5);
      expect(plan.surfaceUniformity).toBeLessThan(1);
      expect(relative(plan.surfaceDoseGy.mean, 20)).toBeLessThan(1e-6);
      // No neighbour carries more than a third of the total time more than its neighbour.
      expect(largestStepShare(plan.dwells.map((d) => d.timeS))).toBeLessThan(1 / 3);
    }
  });

  it('without smoothing the same model spikes on one dwell', () => {
    const plan = ok(planBalloon(line, balloonInput(45), { smoothnessWeight: 0 }));
    expect(largestStepShare(plan.dwells.map((d) => d.timeS))).toBeGreaterThan(0.8);
    expect(plan.smoothnessWeight).toBe(0);
  });

  it('takes the weight from the options and refuses a negative one', () => {
    const smooth = ok(planBalloon(line, balloonInput(45), { smoothnessWeight: 1 }));
    expect(smooth.smoothnessWeight).toBe(1);
    expect(smooth.dwells.every((d) => d.timeS > 0)).toBe(true);
    expect(() => planBalloon(line, balloonInput(45), { smoothnessWeight: -1 })).toThrow(
      InvalidPlanInputError,
    );
  });

  it('surfaceUniformity is min/max, 0 for an empty surface', () => {
    expect(surfaceUniformity({ min: 15, max: 25 })).toBe(0.6);
    expect(surfaceUniformity({ min: 0, max: 0 })).toBe(0);
  });
});

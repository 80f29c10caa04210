import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildKernelTables,
  computeDoseGrid,
  doseAtPointsGy,
  getKernelTables,
  type Dwell,
  type SourceModel,
} from '../../src/index.ts';
import { demoPoint, syntheticLine, syntheticLineOddAngles } from './fixtures.ts';

const STRENGTH_U = 10_000;

/** The tabulated kernel at one point: a 1-voxel grid there. */
function tabulated(model: SourceModel, dwell: Dwell, p: readonly [number, number, number]) {
  const [d] = computeDoseGrid(model, STRENGTH_U, [dwell], {
    originCm: p,
    spacingCm: 0.1,
    size: [1, 1, 1],
  });
  return d ?? NaN;
}

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const unitVector = fc
  .tuple(num(-1, 1), num(-1, 1), num(-1, 1))
  .filter(([x, y, z]) => x * x + y * y + z * z > 0.01)
  .map(([x, y, z]) => {
    const n = Math.hypot(x, y, z);
    return [x / n, y / n, z / n] as const;
  });

/** A dwell somewhere, a random source axis, and a point at distance r ∈ [0.2, 15] cm from it. */
const dwellAndPoint = fc
  .record({
    centre: fc.tuple(num(-3, 3), num(-3, 3), num(-3, 3)),
    axis: unitVector,
    direction: unitVector,
    rCm: fc.oneof(num(0.2, 1), num(0.2, 15)),
  })
  .map(({ centre, axis, direction, rCm }) => {
    const dwell: Dwell = { positionCm: centre, axis, timeS: 60 };
    const p = [0, 1, 2].map((c) => (centre[c] ?? 0) + rCm * (direction[c] ?? 0));
    return { dwell, point: p as unknown as readonly [number, number, number] };
  });

/** Points near the source axis, where cos θ is flat and F changes fastest. */
const nearThePoles = fc
  .record({
    thetaDeg: fc.oneof(num(0, 6), num(174, 180)),
    rCm: num(0.2, 12),
    phi: num(0, 2 * Math.PI),
  })
  .map(({ thetaDeg, rCm, phi }) => {
    const t = (thetaDeg * Math.PI) / 180;
    const p = [
      rCm * Math.sin(t) * Math.cos(phi),
      rCm * Math.sin(t) * Math.sin(phi),
      rCm * Math.cos(t),
    ];
    const dwell: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 60 };
    return { dwell, point: p as unknown as readonly [number, number, number] };
  });

function expectCloseToExact(
  model: SourceModel,
  dwell: Dwell,
  point: readonly [number, number, number],
) {
  const [exact] = doseAtPointsGy(model, STRENGTH_U, [dwell], [point]);
  const fast = tabulated(model, dwell, point);
  if (exact === null || exact === undefined) {
    expect(fast).toBeNaN();
    return;
  }
  // Acceptance: ≤ 0.1 % for r ≥ 0.2 cm (issue); the tables are built for ~10⁻⁶.
  expect(Math.abs(fast / exact - 1)).toBeLessThanOrEqual(1e-3);
}

describe('kernel tables against the exact engine (createDoseKernel), r ≥ 0.2 cm', () => {
  for (const model of [demoPoint, syntheticLine, syntheticLineOddAngles]) {
    it(`${model.id}: random points and axes within 0.1 %`, () => {
      fc.assert(
        fc.property(dwellAndPoint, ({ dwell, point }) => {
          expectCloseToExact(model, dwell, point);
        }),
        { numRuns: 3000 },
      );
    });
  }

  for (const model of [syntheticLine, syntheticLineOddAngles]) {
    it(`${model.id}: points within 6° of either pole within 0.1 %`, () => {
      fc.assert(
        fc.property(nearThePoles, ({ dwell, point }) => {
          expectCloseToExact(model, dwell, point);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('the largest deviation over a dense sweep is far below the tolerance', () => {
    // Not the acceptance test (that is above); documents the actual accuracy of the tables.
    const dwell: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 60 };
    for (const model of [demoPoint, syntheticLine]) {
      let worst = 0;
      for (let r = 0.2; r < 14; r += 0.0137) {
        for (let t = 0; t <= 180; t += 0.73) {
          const a = (t * Math.PI) / 180;
          const p = [r * Math.sin(a), 0, r * Math.cos(a)] as const;
          const [exact] = doseAtPointsGy(model, STRENGTH_U, [dwell], [p]);
          if (exact === null || exact === undefined) continue;
          worst = Math.max(worst, Math.abs(tabulated(model, dwell, p) / exact - 1));
        }
      }
      expect(worst, model.id).toBeLessThan(2e-5);
    }
  });

  it('handles points on a slanted source axis, where |cos θ| rounds above 1 (found by fast-check)', () => {
    const n = Math.hypot(1, 2, 3);
    const axis = [1 / n, 2 / n, 3 / n] as const;
    const dwell: Dwell = { positionCm: [0.3, -0.7, 1.1], axis, timeS: 60 };
    for (let r = -9; r <= 9; r += 0.0731) {
      if (Math.abs(r) < 0.2) continue;
      const p = [0, 1, 2].map((c) => (dwell.positionCm[c] ?? 0) + r * (axis[c] ?? 0));
      expectCloseToExact(syntheticLine, dwell, p as unknown as readonly [number, number, number]);
    }
  });

  it('uses the exact engine beyond the tables and near the source', () => {
    const dwell: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 60 };
    for (const model of [demoPoint, syntheticLine]) {
      for (const p of [
        [40, 0, 0],
        [0, 0, -35],
        [0.12, 0, 0.05],
        [0, 0, 0.26],
      ] as const) {
        const [exact] = doseAtPointsGy(model, STRENGTH_U, [dwell], [p]);
        if (exact === null || exact === undefined) expect(tabulated(model, dwell, p)).toBeNaN();
        // The grid stores Float32: 6·10⁻⁸ relative.
        else expect(Math.abs(tabulated(model, dwell, p) / exact - 1)).toBeLessThan(1e-7);
      }
    }
  });

  it('builds the tables once per model object', () => {
    expect(getKernelTables(syntheticLine)).toBe(getKernelTables(syntheticLine));
    expect(buildKernelTables(syntheticLine)).not.toBe(getKernelTables(syntheticLine));
  });
});

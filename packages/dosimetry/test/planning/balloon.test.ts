import { describe, expect, it } from 'vitest';
import {
  balloonRadiusCm,
  dwellDoseRateMatrix,
  dwellMatrixDosesGy,
  dwellPositionsCm,
  dwellSurfaceMarginCm,
  fibonacciSpherePoints,
  planBalloon,
  SPHERE_SAMPLE_COUNT,
  summariseDoses,
} from '../../src/index.ts';
import { balloonInput, demo, lineModel, relative } from './fixtures.ts';

describe('balloon geometry', () => {
  it('gives the radius of the sphere holding the fill volume (hand check)', () => {
    // 4/3·π·2³ = 33.510 cc → 2 cm; 45 cc → (135/4π)^⅓ = (10.743)^⅓ = 2.2065 cm.
    expect(balloonRadiusCm((4 / 3) * Math.PI * 8)).toBeCloseTo(2, 12);
    expect(balloonRadiusCm(45)).toBeCloseTo(2.2065, 4);
    expect(balloonRadiusCm(10)).toBeCloseTo(1.3365, 4);
  });

  it('places dwells symmetrically about the centre, a step apart, inside the margin', () => {
    expect(dwellPositionsCm(2.2067, 0.5, 0.5)).toEqual([-1.5, -1, -0.5, 0, 0.5, 1, 1.5]);
    expect(dwellPositionsCm(1.3365, 0.5, 0.5)).toEqual([-0.5, 0, 0.5]);
    // A position exactly at the limit is kept despite rounding.
    expect(dwellPositionsCm(2.5, 0.5, 0.5)).toHaveLength(9);
    // A balloon smaller than the margin still has its centre.
    expect(dwellPositionsCm(0.3, 0.5, 0.5)).toEqual([0]);
  });

  it('keeps the margin at the first tabulated radius (plus half the active length)', () => {
    expect(dwellSurfaceMarginCm(demo)).toBe(0.5);
    expect(dwellSurfaceMarginCm(lineModel)).toBeCloseTo(0.65, 12);
  });

  it('samples the sphere with points on it, symmetric about the equator', () => {
    const points = fibonacciSpherePoints(800, 2);
    expect(points).toHaveLength(800);
    for (const p of points) expect(Math.hypot(...p)).toBeCloseTo(2, 12);
    const meanZ = points.reduce((s, p) => s + p[2], 0) / points.length;
    expect(Math.abs(meanZ)).toBeLessThan(1e-12);
  });

  it('has enough samples: the surface mean moves < 0.1 % against 4000 points', () => {
    for (const volume of [10, 45, 200]) {
      const plan = planBalloon(lineModel, balloonInput(volume));
      const times = plan.dwells.map((d) => d.timeS);
      const meanOn = (n: number) =>
        summariseDoses(
          dwellMatrixDosesGy(
            dwellDoseRateMatrix(
              lineModel,
              plan.dwells,
              fibonacciSpherePoints(n, plan.balloonRadiusCm + 0.5),
            ),
            plan.airKermaStrengthU,
            times,
          ),
        ).mean;
      expect(relative(meanOn(SPHERE_SAMPLE_COUNT), meanOn(4000))).toBeLessThan(1e-3);
    }
  });
});

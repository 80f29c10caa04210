import type { Dwell, SourceModel } from '../source-model.ts';
import { fibonacciSpherePoints, SPHERE_SAMPLE_COUNT } from './balloon.ts';
import {
  dwellDoseRateMatrix,
  summariseDoses,
  dwellMatrixDosesGy,
  type DwellDoseRateMatrix,
  type SphereDoseStats,
} from './dose-rate-matrix.ts';

/** Depths beyond the balloon surface at which every plan reports doses, cm. */
export const REPORTED_DEPTHS_CM = [0.5, 1.0] as const;

export interface DepthDoseStats extends SphereDoseStats {
  depthCm: number;
}

export interface BalloonDoses {
  /** On the balloon surface, Gy. */
  surfaceDoseGy: SphereDoseStats;
  /** On the spheres 0.5 and 1.0 cm beyond the surface, Gy. */
  depthDoseGy: DepthDoseStats[];
  /**
   * Maximum on the sphere at the measured skin distance beyond the surface, Gy: the closest skin
   * point may lie in any direction, so the worst direction is reported.
   */
  skinDoseGy: number;
  /** Likewise at the chest-wall distance; null when no distance was given. */
  chestWallDoseGy: number | null;
}

/** Dose statistics on the sphere of the given radius from the dwell table. */
export function sphereDoseStatsGy(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  sphereRadiusCm: number,
  rotationRad = 0,
): SphereDoseStats {
  const points = fibonacciSpherePoints(SPHERE_SAMPLE_COUNT, sphereRadiusCm, rotationRad);
  const matrix = dwellDoseRateMatrix(model, dwells, points);
  const times = dwells.map((d) => d.timeS);
  return summariseDoses(dwellMatrixDosesGy(matrix, airKermaStrengthU, times));
}

/**
 * Dose-rate matrices of a set of dwell positions on spheres about the balloon centre, each built
 * once per radius (they depend on where the dwells are, not on their times).
 */
export type SphereMatrices = (sphereRadiusCm: number) => DwellDoseRateMatrix;

export function sphereMatrices(
  model: SourceModel,
  dwells: readonly Pick<Dwell, 'positionCm' | 'axis'>[],
): SphereMatrices {
  const cache = new Map<number, DwellDoseRateMatrix>();
  return (radius) => {
    let matrix = cache.get(radius);
    if (matrix === undefined) {
      matrix = dwellDoseRateMatrix(
        model,
        dwells,
        fibonacciSpherePoints(SPHERE_SAMPLE_COUNT, radius),
      );
      cache.set(radius, matrix);
    }
    return matrix;
  };
}

/**
 * Everything a balloon plan reports about dose, computed from its dwell table by the engine.
 * matrices, when given, must have been built for these dwell positions (planBalloon reuses the
 * ones it optimised with).
 */
export function evaluateBalloonDoses(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  geometry: { balloonRadiusCm: number; skinDistanceCm: number; chestWallDistanceCm?: number },
  matrices: SphereMatrices = sphereMatrices(model, dwells),
): BalloonDoses {
  const { balloonRadiusCm: r, skinDistanceCm, chestWallDistanceCm } = geometry;
  const times = dwells.map((d) => d.timeS);
  const on = (radius: number) =>
    summariseDoses(dwellMatrixDosesGy(matrices(radius), airKermaStrengthU, times));
  return {
    surfaceDoseGy: on(r),
    depthDoseGy: REPORTED_DEPTHS_CM.map((depthCm) => ({ depthCm, ...on(r + depthCm) })),
    skinDoseGy: on(r + skinDistanceCm).max,
    chestWallDoseGy: chestWallDistanceCm === undefined ? null : on(r + chestWallDistanceCm).max,
  };
}

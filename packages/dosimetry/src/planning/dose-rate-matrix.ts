import { createDoseKernel } from '../dose-kernel.ts';
import type { Dwell, Point3, SourceModel } from '../source-model.ts';
import { gyFromCGyPerHTimesS } from '../units.ts';

/**
 * Dose rate per unit air-kerma strength (cGy h⁻¹ U⁻¹) at each point from each dwell, from the
 * engine's TG-43 kernel (TG-43U1 Eq. 1 / Eq. 11). Row-major: values[point · cols + dwell].
 * Built once per set of points; doses for any dwell times are then a matrix–vector product
 * (D = Σ S_K · Ḋ/S_K · t, physics.md §1.2).
 */
export interface DwellDoseRateMatrix {
  rows: number;
  cols: number;
  values: Float64Array;
}

export function dwellDoseRateMatrix(
  model: SourceModel,
  dwells: readonly Pick<Dwell, 'positionCm' | 'axis'>[],
  points: readonly Point3[],
): DwellDoseRateMatrix {
  const kernel = createDoseKernel(model);
  const rows = points.length;
  const cols = dwells.length;
  const values = new Float64Array(rows * cols);
  points.forEach(([x, y, z], i) => {
    dwells.forEach(({ positionCm: [px, py, pz], axis: [ax, ay, az] }, j) => {
      const rate = kernel(x - px, y - py, z - pz, ax, ay, az);
      // The balloon geometry keeps every sampled point outside the margin (balloon.ts).
      if (rate === null)
        throw new Error(`point ${String(i)} lies within 0.1 cm of dwell ${String(j)}`);
      values[i * cols + j] = rate;
    });
  });
  return { rows, cols, values };
}

/** Dose in Gy at every point of the matrix for the given dwell times (s) and S_K (U). */
export function dwellMatrixDosesGy(
  matrix: DwellDoseRateMatrix,
  airKermaStrengthU: number,
  timesS: ArrayLike<number>,
): Float64Array {
  const { rows, cols, values } = matrix;
  const doses = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let gy = 0;
    for (let j = 0; j < cols; j++)
      gy += gyFromCGyPerHTimesS(airKermaStrengthU * (values[i * cols + j] ?? 0), timesS[j] ?? 0);
    doses[i] = gy;
  }
  return doses;
}

/** Minimum, mean and maximum dose over equal-weight samples, Gy. */
export interface SphereDoseStats {
  min: number;
  mean: number;
  max: number;
}

export function summariseDoses(doses: ArrayLike<number>): SphereDoseStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < doses.length; i++) {
    const d = doses[i] ?? 0;
    min = Math.min(min, d);
    max = Math.max(max, d);
    sum += d;
  }
  return { min, mean: sum / doses.length, max };
}

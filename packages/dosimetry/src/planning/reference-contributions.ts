import { gyFromCGyPerHTimesS } from '../units.ts';
import type { DwellDoseRateMatrix } from './dose-rate-matrix.ts';

/**
 * Each dwell's own contribution, in Gy, to the mean dose over the sphere where the plan was
 * normalised (the balloon surface, or the sphere at the prescribed depth). They add up to the
 * prescription; a delivery that gives a dwell part of its time gives that part of its share.
 */
export function referenceContributionsGy(
  target: DwellDoseRateMatrix,
  airKermaStrengthU: number,
  timesS: ArrayLike<number>,
): number[] {
  const { rows, cols, values } = target;
  const sums = new Array<number>(cols).fill(0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) sums[j] = (sums[j] ?? 0) + (values[i * cols + j] ?? 0);
  }
  return sums.map((sum, j) =>
    gyFromCGyPerHTimesS((airKermaStrengthU * sum) / rows, timesS[j] ?? 0),
  );
}

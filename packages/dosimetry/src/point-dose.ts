import { createDoseKernel } from './dose-kernel.ts';
import type { Dwell, Point3, SourceModel } from './source-model.ts';
import { gyFromCGyPerHTimesS } from './units.ts';

/**
 * Dose in Gy at each point from all dwells: D = Σ S_K · (dose rate per U) · t (TG-43U1 Eq. 1
 * summed over dwell times). null where the point is within 0.1 cm of any dwell's active segment.
 */
export function doseAtPointsGy(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  points: readonly Point3[],
): (number | null)[] {
  const kernel = createDoseKernel(model);
  return points.map(([x, y, z]) => {
    let total = 0;
    for (const dwell of dwells) {
      const [px, py, pz] = dwell.positionCm;
      const [ax, ay, az] = dwell.axis;
      const rate = kernel(x - px, y - py, z - pz, ax, ay, az);
      if (rate === null) return null;
      total += gyFromCGyPerHTimesS(airKermaStrengthU * rate, dwell.timeS);
    }
    return total;
  });
}

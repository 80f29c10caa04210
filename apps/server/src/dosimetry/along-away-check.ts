import { createDoseKernel, type SourceModel } from '@openiort/dosimetry';
import type { AlongAwayTable } from './along-away-csv.ts';
import { where } from './source-csv.ts';

/**
 * Polar angles compared, degrees: away from the axis, 20°–160° (issue 11). Near the axis F(r, θ)
 * changes fast and the reconstruction depends on the interpolation more than on the data
 * (physics.md §1.3), so those points are left out of the comparison and counted.
 */
export const ALONG_AWAY_THETA_DEG = { min: 20, max: 160 } as const;

/** Default tolerance on the largest deviation, %. */
export const ALONG_AWAY_TOLERANCE_PERCENT = 2;

export interface AlongAwayComparison {
  file: string;
  comparedCount: number;
  /** Cells left out: nearer the axis than 20° (or 160°), or where the engine gives no dose. */
  skippedNearAxisCount: number;
  skippedInsideCount: number;
  blankCount: number;
  /** Largest deviation of the model from the table, (model − table)/table, %; signed. */
  maxDeviationPercent: number;
  /** Where it is, and the two values. */
  at: {
    yCm: number;
    zCm: number;
    thetaDeg: number;
    tableCGyPerHPerU: number;
    modelCGyPerHPerU: number;
    place: string;
  } | null;
  tolerancePercent: number;
  withinTolerance: boolean;
}

/**
 * Compares the model's reconstruction (TG-43U1 Eq. 1 / Eq. 11, the engine's kernel, for a source
 * at the origin along +z) with each tabulated along-away dose rate between 20° and 160°.
 */
export function compareAlongAway(
  model: SourceModel,
  table: AlongAwayTable,
  tolerancePercent: number,
): AlongAwayComparison {
  const kernel = createDoseKernel(model);
  let compared = 0;
  let nearAxis = 0;
  let inside = 0;
  let worst: AlongAwayComparison['at'] = null;
  let worstDeviation = 0;
  for (const cell of table.cells) {
    const { yCm, zCm, doseRateCGyPerHPerU: tabulated } = cell;
    const thetaDeg = (Math.atan2(yCm, zCm) * 180) / Math.PI;
    if (thetaDeg < ALONG_AWAY_THETA_DEG.min || thetaDeg > ALONG_AWAY_THETA_DEG.max) {
      nearAxis++;
      continue;
    }
    const rate = kernel(yCm, 0, zCm, 0, 0, 1);
    if (rate === null) {
      inside++;
      continue;
    }
    compared++;
    const deviation = (100 * (rate - tabulated)) / tabulated;
    if (worst === null || Math.abs(deviation) > Math.abs(worstDeviation)) {
      worstDeviation = deviation;
      worst = {
        yCm,
        zCm,
        thetaDeg,
        tableCGyPerHPerU: tabulated,
        modelCGyPerHPerU: rate,
        place: where(table.file, cell.line, cell.column),
      };
    }
  }
  return {
    file: table.file,
    comparedCount: compared,
    skippedNearAxisCount: nearAxis,
    skippedInsideCount: inside,
    blankCount: table.blankCount,
    maxDeviationPercent: worstDeviation,
    at: worst,
    tolerancePercent,
    withinTolerance: compared > 0 && Math.abs(worstDeviation) <= tolerancePercent,
  };
}

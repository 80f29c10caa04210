/** A cumulative dose–volume histogram and the coverage figures read from it. */
export interface Dvh {
  /** Dose levels, Gy, from 0 in equal steps of 1, 2, 5 or 10 % of the prescription. */
  doseGy: number[];
  /** % of the structure's volume receiving at least doseGy[k] (100 at 0 Gy, non-increasing). */
  volumePercent: number[];
  /** Volume of the structure, cc (voxel count × spacing³). */
  volumeCc: number;
  /** % of the volume receiving ≥ 90 %, 100 %, 150 %, 200 % of the prescription. */
  v90: number;
  v100: number;
  v150: number;
  v200: number;
  /**
   * Voxels within 0.1 cm of a dwell (no TG-43 dose): counted as receiving every level, since
   * the dose rises without bound toward the source.
   */
  undefinedVoxelCount: number;
}

/** At most about this many levels, unless the step is already 10 % of the prescription. */
const MAX_LEVELS = 2000;
const STEP_PERCENTS = [1, 2, 5, 10];

/**
 * Cumulative DVH of `count` voxels with doses doseGy[n] (NaN: undefined) each standing for
 * weight[n] voxels (mirror images counted once, weighted). Every level is a whole multiple of the
 * step, and 90, 100, 150 and 200 % are levels, so V90 … V200 are exactly points of the curve.
 */
export function cumulativeDvh(
  doseGy: Float64Array,
  weight: Uint8Array,
  count: number,
  voxelVolumeCc: number,
  prescriptionGy: number,
): Dvh {
  let maxGy = 0;
  let total = 0;
  let undefinedWeight = 0;
  for (let n = 0; n < count; n += 1) {
    const d = doseGy[n] ?? 0;
    const w = weight[n] ?? 0;
    total += w;
    if (Number.isNaN(d)) undefinedWeight += w;
    else if (d > maxGy) maxGy = d;
  }
  if (total === 0) {
    return {
      doseGy: [],
      volumePercent: [],
      volumeCc: 0,
      v90: 0,
      v100: 0,
      v150: 0,
      v200: 0,
      undefinedVoxelCount: 0,
    };
  }
  const stepPercent =
    STEP_PERCENTS.find((s) => maxGy / ((s / 100) * prescriptionGy) <= MAX_LEVELS) ?? 10;
  const level = (k: number) => ((k * stepPercent) / 100) * prescriptionGy;
  // Levels up to the first one above the maximum, and at least up to 200 %.
  let top = Math.max(Math.ceil(200 / stepPercent), Math.floor(maxGy / level(1)) + 1);
  while (level(top) <= maxGy) top += 1;
  const counts = new Float64Array(top + 1);
  const stepGy = level(1);
  for (let n = 0; n < count; n += 1) {
    const d = doseGy[n] ?? 0;
    if (Number.isNaN(d)) continue;
    // Bin b with level(b) ≤ d < level(b + 1), decided by the same comparisons as the V values.
    let b = Math.min(top, Math.floor(d / stepGy));
    while (b > 0 && d < level(b)) b -= 1;
    while (b < top && d >= level(b + 1)) b += 1;
    counts[b] = (counts[b] ?? 0) + (weight[n] ?? 0);
  }
  const volumePercent = new Array<number>(top + 1);
  let atLeast = undefinedWeight;
  for (let k = top; k >= 0; k -= 1) {
    atLeast += counts[k] ?? 0;
    volumePercent[k] = (100 * atLeast) / total;
  }
  const at = (percent: number) => volumePercent[percent / stepPercent] ?? 0;
  return {
    doseGy: Array.from({ length: top + 1 }, (_, k) => level(k)),
    volumePercent,
    volumeCc: total * voxelVolumeCc,
    v90: at(90),
    v100: at(100),
    v150: at(150),
    v200: at(200),
    undefinedVoxelCount: undefinedWeight,
  };
}

/** Summary of a dose grid over its defined voxels. */
export interface GridStats {
  voxelCount: number;
  /** Voxels without dose (NaN: within 0.1 cm of a dwell's active segment). */
  undefinedVoxelCount: number;
  /** Mean over the defined voxels, Gy; NaN when no voxel is defined. */
  meanGy: number;
  /** Maximum over the defined voxels, Gy; NaN when no voxel is defined. */
  maxGy: number;
}

/** Voxel count, undefined (NaN) voxels, and mean and maximum dose over the others. */
export function gridStats(doseGy: Float32Array | Float64Array): GridStats {
  let undefinedVoxelCount = 0;
  let sum = 0;
  let max = -Infinity;
  for (let i = 0; i < doseGy.length; i += 1) {
    const d = doseGy[i] ?? NaN;
    if (Number.isNaN(d)) {
      undefinedVoxelCount += 1;
      continue;
    }
    sum += d;
    if (d > max) max = d;
  }
  const defined = doseGy.length - undefinedVoxelCount;
  return {
    voxelCount: doseGy.length,
    undefinedVoxelCount,
    meanGy: defined === 0 ? NaN : sum / defined,
    maxGy: defined === 0 ? NaN : max,
  };
}

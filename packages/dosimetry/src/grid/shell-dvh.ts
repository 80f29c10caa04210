import type { Dwell, SourceModel } from '../source-model.ts';
import { cumulativeDvh, type Dvh } from './cumulative-dvh.ts';
import { getKernelTables } from './kernel-tables.ts';
import { accumulateRow, packDwells } from './row-kernel.ts';

export interface ShellDvhOptions {
  /** Balloon radius R, cm; the balloon is centred at the origin, the catheter on the z axis. */
  balloonRadiusCm: number;
  /** Shell thickness around the balloon, cm (1 cm for PTV_EVAL). */
  shellThicknessCm: number;
  /** Shortest distance from the balloon surface to the skin, cm, when known. */
  skinDistanceCm?: number;
  /** How far under the skin the shell stops, cm (0.5 cm for PTV_EVAL). */
  skinClipCm: number;
  /** Voxel spacing, cm (0.1 cm = 1 mm by default in the plan). */
  spacingCm: number;
  prescriptionGy: number;
}

/**
 * Cumulative DVH of the shell around the balloon (PTV_EVAL): the voxels of a grid of the given
 * spacing, with a voxel centre at the origin, whose centre p satisfies R < |p| ≤ R_out.
 *
 * R_out = R + shell thickness, reduced to R + skinDistance − skinClip when that is smaller.
 * Reading of the skin clip: only the shortest balloon-to-skin distance is known, not the
 * direction of the skin, so the shell is clipped in every direction (a sphere of radius
 * R + skinDistance − skinClip). This never keeps tissue closer than skinClip to the skin; it can
 * drop tissue on the far side that a clip against the real skin surface would keep.
 *
 * Work skipped without changing the answer: only voxels in the shell are evaluated; when every
 * dwell lies on the plane x = 0 (y = 0) with, for a line source, its axis in that plane, the dose
 * is mirror-symmetric across it, and as the grid coordinates ±i·spacing are exact negatives, the
 * half x ≥ 0 (y ≥ 0) is evaluated and voxels off the plane count twice.
 */
export function shellDvh(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  options: ShellDvhOptions,
): Dvh {
  const { balloonRadiusCm: r, shellThicknessCm, skinDistanceCm, skinClipCm } = options;
  const { spacingCm: h, prescriptionGy } = options;
  checkOptions(options);
  const clipped = skinDistanceCm === undefined ? Infinity : r + skinDistanceCm - skinClipCm;
  const outer = Math.min(r + shellThicknessCm, clipped);
  if (!(outer > r)) return cumulativeDvh(new Float64Array(0), new Uint8Array(0), 0, 0, 1);
  const inner2 = r * r;
  const outer2 = outer * outer;
  const n = Math.max(0, Math.ceil(outer / h));
  const coords = new Float64Array(2 * n + 1);
  for (let m = 0; m <= 2 * n; m += 1) coords[m] = (m - n) * h;
  const mirror = (axis: 0 | 1) =>
    dwells.every(
      (d) => d.positionCm[axis] === 0 && (model.geometry === 'point' || d.axis[axis] === 0),
    );
  const mirrorX = mirror(0);
  const mirrorY = mirror(1);
  const tables = getKernelTables(model);
  const packed = packDwells(airKermaStrengthU, dwells);
  const acc = new Float64Array(2 * n + 1);
  const expected = Math.ceil((4.2 * (outer2 * outer - inner2 * r)) / (h * h * h)) + 8 * n + 64;
  let doses = new Float64Array(Math.max(64, expected));
  let weights = new Uint8Array(doses.length);
  let count = 0;
  const keep = (m: number, w: number) => {
    if (count === doses.length) {
      const grownDoses = new Float64Array(2 * count);
      grownDoses.set(doses);
      doses = grownDoses;
      const grownWeights = new Uint8Array(2 * count);
      grownWeights.set(weights);
      weights = grownWeights;
    }
    doses[count] = acc[m] ?? NaN;
    weights[count] = w;
    count += 1;
  };
  const evaluate = (y: number, z: number, lo: number, hi: number, yWeight: number) => {
    acc.fill(0, lo, hi + 1);
    accumulateRow(tables, packed, coords, y, z, acc, lo, hi + 1);
    for (let m = lo; m <= hi; m += 1) keep(m, mirrorX && m > n ? 2 * yWeight : yWeight);
  };
  for (let k = 0; k <= 2 * n; k += 1) {
    const z = coords[k] ?? 0;
    for (let j = mirrorY ? n : 0; j <= 2 * n; j += 1) {
      const y = coords[j] ?? 0;
      const yz2 = y * y + z * z;
      if (yz2 > outer2) continue;
      const [a, b] = shellRun(coords, n, yz2, inner2, outer2);
      if (a > b) continue;
      const yWeight = mirrorY && j > n ? 2 : 1;
      if (mirrorX || a === 0) evaluate(y, z, n + (mirrorX ? a : -b), n + b, yWeight);
      else {
        evaluate(y, z, n - b, n - a, yWeight);
        evaluate(y, z, n + a, n + b, yWeight);
      }
    }
  }
  return cumulativeDvh(doses, weights, count, h * h * h, prescriptionGy);
}

/**
 * The indices 0 ≤ a ≤ i ≤ b ≤ n for which x = coords[n + i] puts (x, y, z) in the shell
 * (inner² < x² + y² + z² ≤ outer²); by symmetry −b … −a as well. Empty when a > b.
 */
function shellRun(
  coords: Float64Array,
  n: number,
  yz2: number,
  inner2: number,
  outer2: number,
): [number, number] {
  const sq = (i: number) => {
    const x = coords[n + i] ?? 0;
    return x * x + yz2;
  };
  const h = (coords[n + 1] ?? 1) - (coords[n] ?? 0);
  let a = yz2 > inner2 ? 0 : Math.max(0, Math.floor(Math.sqrt(inner2 - yz2) / h) - 1);
  while (a <= n && sq(a) <= inner2) a += 1;
  let b = Math.min(n, Math.floor(Math.sqrt(outer2 - yz2) / h) + 1);
  while (b >= 0 && sq(b) > outer2) b -= 1;
  return [a, b];
}

function checkOptions(o: ShellDvhOptions): void {
  const positive = (v: number) => v > 0 && Number.isFinite(v);
  if (!positive(o.balloonRadiusCm)) throw new RangeError('balloonRadiusCm must be positive');
  if (!positive(o.shellThicknessCm)) throw new RangeError('shellThicknessCm must be positive');
  if (!positive(o.spacingCm)) throw new RangeError('spacingCm must be positive');
  if (!positive(o.prescriptionGy)) throw new RangeError('prescriptionGy must be positive');
  if (!(o.skinClipCm >= 0 && Number.isFinite(o.skinClipCm)))
    throw new RangeError('skinClipCm must be zero or positive');
  if (o.skinDistanceCm !== undefined && !(o.skinDistanceCm >= 0))
    throw new RangeError('skinDistanceCm must be zero or positive');
}

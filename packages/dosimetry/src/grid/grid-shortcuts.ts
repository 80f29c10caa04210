import type { Dwell, SourceModel } from '../source-model.ts';
import { DWELL_STRIDE } from './row-kernel.ts';
import type { DoseGridOptions, GridSpec } from './dose-grid.ts';

/** Grid coordinates and dwell positions agree with a symmetry or shift to this much, cm. */
const POSITION_TOLERANCE_CM = 1e-10;

/**
 * Whether the dose is mirror-symmetric across the plane through the grid centre normal to this
 * axis (0 = x, 1 = y): every dwell sits on that plane and, for a line source, its axis lies in
 * it (then r and θ of a point and of its mirror image are the same, TG-43U1 Eq. 1), and the
 * grid's coordinates are centred on the plane. A catheter along z through the centre of the
 * grid (a balloon plan) has both planes.
 */
export function mirrorAxis(
  model: SourceModel,
  dwells: readonly Dwell[],
  grid: GridSpec,
  axis: 0 | 1,
): boolean {
  const first = dwells[0];
  if (first === undefined) return true;
  const plane = first.positionCm[axis];
  const n = grid.size[axis];
  const centre = grid.originCm[axis] + ((n - 1) / 2) * grid.spacingCm;
  return (
    Math.abs(centre - plane) <= POSITION_TOLERANCE_CM &&
    dwells.every(
      (d) => d.positionCm[axis] === plane && (model.geometry === 'point' || d.axis[axis] === 0),
    )
  );
}

export interface ZTranslation {
  /** The lowest dwell, packed with weight 1 (its dose rate per U, cGy h⁻¹ U⁻¹). */
  template: Float64Array;
  /** Dwell n is the template shifted by shifts[n] voxels along +z. */
  shifts: Int32Array;
  /** The largest shift. */
  span: number;
}

/**
 * The TG-43 kernel depends only on the point relative to the dwell and on the source axis, so
 * when every dwell has the same x, y and axis and the dwells are spaced along z by whole numbers
 * of voxels (a catheter along z with its step a multiple of the grid spacing, e.g. 5 mm dwell
 * steps on a 1 mm grid), the dose of dwell n at plane k is the template's at plane k − shifts[n].
 * Used only when it saves work for the whole grid: nz + span single-dwell planes instead of
 * nz · dwells (decided per grid, not per slab, so that slabs agree with one call).
 */
export function translationAlongZ(
  model: SourceModel,
  dwells: readonly Dwell[],
  grid: GridSpec,
): ZTranslation | null {
  const first = dwells[0];
  if (first === undefined || dwells.length < 2) return null;
  const [x, y] = first.positionCm;
  const sameAxis = (d: Dwell) =>
    model.geometry === 'point' || d.axis.every((c, i) => c === first.axis[i]);
  if (!dwells.every((d) => d.positionCm[0] === x && d.positionCm[1] === y && sameAxis(d)))
    return null;
  const lowest = dwells.reduce((a, d) => (d.positionCm[2] < a.positionCm[2] ? d : a), first);
  const h = grid.spacingCm;
  const shifts = new Int32Array(dwells.length);
  for (const [n, d] of dwells.entries()) {
    const offset = d.positionCm[2] - lowest.positionCm[2];
    const s = Math.round(offset / h);
    if (Math.abs(offset - s * h) > POSITION_TOLERANCE_CM) return null;
    shifts[n] = s;
  }
  const span = Math.max(...shifts);
  const nz = grid.size[2];
  // The combination costs about a tenth of an evaluation per voxel and dwell.
  if (nz + span + 0.1 * nz * dwells.length >= nz * dwells.length) return null;
  const template = new Float64Array(DWELL_STRIDE);
  template.set([...lowest.positionCm, ...lowest.axis, 1]);
  return { template, shifts, span };
}

/**
 * Voxel-dwell evaluations computeDoseGrid makes for the whole grid in one call, with the
 * shortcuts that hold (and are not switched off): a measure of its work.
 */
export function gridEvaluations(
  model: SourceModel,
  dwells: readonly Dwell[],
  grid: GridSpec,
  options: DoseGridOptions = {},
): number {
  const [nx, ny, nz] = grid.size;
  const mirrored = (axis: 0 | 1) =>
    options.symmetry !== false && mirrorAxis(model, dwells, grid, axis)
      ? Math.ceil(grid.size[axis] / 2)
      : grid.size[axis];
  const shift = options.zShift === false ? null : translationAlongZ(model, dwells, grid);
  const planes = shift === null ? nz * dwells.length : nz + shift.span;
  return (mirrored(0) / nx) * (mirrored(1) / ny) * nx * ny * planes;
}

import type { Dwell, SourceModel } from '../source-model.ts';
import { MIN_DISTANCE_CM } from '../units.ts';
import { mirrorAxis, translationAlongZ } from './grid-shortcuts.ts';
import { getKernelTables } from './kernel-tables.ts';
import { accumulateRow, DWELL_STRIDE, packDwells } from './row-kernel.ts';

/**
 * A regular grid of voxel centres: voxel (i, j, k) is at originCm + (i, j, k) · spacingCm
 * (computed exactly so, origin + index × spacing), and its dose is stored at
 * i + nx · (j + ny · k): x fastest, z slowest.
 */
export interface GridSpec {
  originCm: readonly [number, number, number];
  spacingCm: number;
  size: readonly [number, number, number];
}

/**
 * The shortcuts of grid-shortcuts.ts are used when they hold. Switched off, every voxel and dwell
 * is evaluated (the bench reports both).
 */
export interface DoseGridOptions {
  /** Mirror planes x and y (mirrorAxis); default true. */
  symmetry?: boolean;
  /** Dwells that are whole-voxel shifts of one another along z (translationAlongZ); default true. */
  zShift?: boolean;
}

/** Checks a grid (and slab) before any work; a bad grid is a programming error. */
export function checkGrid(grid: GridSpec, zRange?: readonly [number, number]): [number, number] {
  const { originCm, spacingCm, size } = grid;
  if (!originCm.every(Number.isFinite)) throw new RangeError('grid originCm must be finite');
  if (!(spacingCm > 0 && Number.isFinite(spacingCm)))
    throw new RangeError('grid spacingCm must be a positive number');
  if (!size.every((n) => Number.isInteger(n) && n > 0))
    throw new RangeError('grid size must be positive whole numbers [nx, ny, nz]');
  const [z0, z1] = zRange ?? [0, size[2]];
  if (!(Number.isInteger(z0) && Number.isInteger(z1) && 0 <= z0 && z0 <= z1 && z1 <= size[2]))
    throw new RangeError(`zRange must satisfy 0 ≤ z0 ≤ z1 ≤ ${String(size[2])}`);
  return [z0, z1];
}

/** Voxel-centre coordinates origin + index × spacing along one axis. */
export function gridCoordinates(origin: number, spacing: number, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i += 1) xs[i] = origin + i * spacing;
  return xs;
}

/**
 * Dose (Gy) on the grid for the z planes z0 ≤ k < z1 (all planes by default), as a Float32Array
 * of nx · ny · (z1 − z0) values laid out as in GridSpec; NaN where a voxel centre is within
 * 0.1 cm of a dwell's active segment (as doseAtPointsGy gives null there). Splitting the planes
 * into slabs gives the same numbers as one call.
 *
 * Work skipped without changing the answer (grid-shortcuts.ts): with mirror symmetry in x and/or
 * y only one half (or quarter) of each plane is evaluated and copied to its mirror image; when
 * the dwells are copies of one another shifted along z by whole voxels, one dwell is evaluated
 * and shifted. Either way a voxel may get the dose at coordinates that differ from
 * origin + index × spacing by rounding (≤ 10⁻¹⁰ cm; a dose change far below Float32 precision),
 * so the voxels near a dwell, where the 0.1 cm cut-off is decided, are evaluated directly
 * afterwards. Each voxel's value depends
 * only on the grid and the dwells, not on the slab, so slabs join into the one-call array.
 */
export function computeDoseGrid(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  grid: GridSpec,
  zRange?: readonly [number, number],
  options: DoseGridOptions = {},
): Float32Array {
  const [z0, z1] = checkGrid(grid, zRange);
  const [nx, ny] = grid.size;
  const { originCm, spacingCm } = grid;
  const tables = getKernelTables(model);
  const packed = packDwells(airKermaStrengthU, dwells);
  const xs = gridCoordinates(originCm[0], spacingCm, nx);
  const ys = gridCoordinates(originCm[1], spacingCm, ny);
  const zs = gridCoordinates(originCm[2], spacingCm, grid.size[2]);
  const symmetry = options.symmetry ?? true;
  const mirrorX = symmetry && mirrorAxis(model, dwells, grid, 0);
  const mirrorY = symmetry && mirrorAxis(model, dwells, grid, 1);
  const translation = (options.zShift ?? true) ? translationAlongZ(model, dwells, grid) : null;
  const xEnd = mirrorX ? Math.ceil(nx / 2) : nx;
  const yEnd = mirrorY ? Math.ceil(ny / 2) : ny;
  const out = new Float32Array(nx * ny * (z1 - z0));
  const part = new Float64Array(nx * yEnd);
  /** Evaluates rows j < yEnd, columns i < xEnd of the plane at z into `into` (rows nx apart). */
  const evaluate = (dwellsPacked: Float64Array, z: number, into: Float64Array) => {
    for (let j = 0; j < yEnd; j += 1) {
      const row = into.subarray(j * nx, (j + 1) * nx);
      row.fill(0, 0, xEnd);
      accumulateRow(tables, dwellsPacked, xs, ys[j] ?? 0, z, row, 0, xEnd);
    }
  };
  /** Writes the evaluated part of plane k to the output and fills in its mirror images. */
  const emit = (k: number) => {
    const plane = (k - z0) * nx * ny;
    for (let j = 0; j < yEnd; j += 1) {
      const row = plane + j * nx;
      for (let i = 0; i < xEnd; i += 1) out[row + i] = part[j * nx + i] ?? 0;
      if (mirrorX) for (let i = xEnd; i < nx; i += 1) out[row + i] = part[j * nx + nx - 1 - i] ?? 0;
    }
    for (let j = yEnd; j < ny; j += 1)
      out.copyWithin(plane + j * nx, plane + (ny - 1 - j) * nx, plane + (ny - j) * nx);
  };
  if (translation === null) {
    for (let k = z0; k < z1; k += 1) {
      evaluate(packed, zs[k] ?? 0, part);
      emit(k);
    }
  } else {
    // One dwell (weight 1) evaluated per plane, from `span` planes below the slab; plane k then
    // gets Σ_n w_n · (plane k − s_n), summed in dwell order as accumulateRow does.
    const { template, shifts, span } = translation;
    const ring = Array.from({ length: span + 1 }, () => new Float64Array(nx * yEnd));
    const slot = (k: number) => ring[((k % ring.length) + ring.length) % ring.length] ?? part;
    for (let k = z0 - span; k < z1; k += 1) {
      evaluate(template, originCm[2] + k * spacingCm, slot(k));
      if (k < z0) continue;
      part.fill(0);
      for (let n = 0; n < shifts.length; n += 1) {
        const source = slot(k - (shifts[n] ?? 0));
        const w = packed[n * DWELL_STRIDE + 6] ?? 0;
        for (let m = 0; m < part.length; m += 1) part[m] = (part[m] ?? 0) + w * (source[m] ?? 0);
      }
      emit(k);
    }
  }
  if (mirrorX || mirrorY || translation !== null) {
    const acc = new Float64Array(nx);
    reevaluateNearDwells(tables, packed, dwells, grid, [xs, ys, zs], [z0, z1], out, acc);
  }
  return out;
}

/** Index range [lo, hi) of coordinates within `reach` of the interval [a, b]. */
function indexRange(origin: number, spacing: number, n: number, a: number, b: number, reach = 0) {
  const lo = Math.max(0, Math.floor((a - reach - origin) / spacing) - 1);
  const hi = Math.min(n, Math.ceil((b + reach - origin) / spacing) + 2);
  return [lo, hi] as const;
}

/** Re-evaluates, at their own coordinates, the voxels whose cut-off a mirrored copy might get wrong. */
function reevaluateNearDwells(
  tables: ReturnType<typeof getKernelTables>,
  packed: Float64Array,
  dwells: readonly Dwell[],
  grid: GridSpec,
  [xs, ys, zs]: readonly [Float64Array, Float64Array, Float64Array],
  [z0, z1]: readonly [number, number],
  out: Float32Array,
  acc: Float64Array,
): void {
  const [nx, ny] = grid.size;
  const { originCm: o, spacingCm: h } = grid;
  const half = tables.geometry === 'line' ? tables.halfLengthCm : 0;
  const reach = MIN_DISTANCE_CM + 1e-6;
  for (const d of dwells) {
    // Box around the active segment (centre ± L/2 along the axis) widened by the cut-off.
    const ends = [0, 1, 2].map((c) => {
      const p = d.positionCm[c] ?? 0;
      const e = half * Math.abs(d.axis[c] ?? 0);
      return indexRange(o[c] ?? 0, h, grid.size[c] ?? 0, p - e, p + e, reach);
    });
    const [[i0, i1], [j0, j1], [k0, k1]] = ends as [
      readonly [number, number],
      readonly [number, number],
      readonly [number, number],
    ];
    for (let k = Math.max(k0, z0); k < Math.min(k1, z1); k += 1) {
      for (let j = j0; j < j1; j += 1) {
        acc.fill(0, i0, i1);
        accumulateRow(tables, packed, xs, ys[j] ?? 0, zs[k] ?? 0, acc, i0, i1);
        const row = ((k - z0) * ny + j) * nx;
        for (let i = i0; i < i1; i += 1) out[row + i] = acc[i] ?? 0;
      }
    }
  }
}

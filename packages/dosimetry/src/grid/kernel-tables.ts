import { createDoseKernel, type DoseKernel } from '../dose-kernel.ts';
import { lineGeometryAtReference } from '../geometry.ts';
import { anisotropy, bracket, linearClamped, radialDose } from '../interpolation.ts';
import type { SourceModel } from '../source-model.ts';
import { MIN_DISTANCE_CM, REFERENCE_DISTANCE_CM } from '../units.ts';

/**
 * Lookup tables that let the grid evaluate the TG-43 kernel of createDoseKernel (TG-43U1 Eq. 1
 * and Eq. 11, physics.md §1.2) without binary searches, Math.acos, Math.atan or Math.exp.
 * Built once per model (getKernelTables caches them per model object).
 *
 * What is tabulated, and why the tables reproduce the exact engine:
 * - g(r) (and φan(r) for point sources) on a uniform r grid of RADIAL_STEP_CM (0.001 cm),
 *   linear between entries. Inside a TG-43U1S1 log-linear segment g = ga·exp(k(r − ra)) is
 *   smooth, so linear interpolation errs by ≤ k²h²/8 (≈ 5·10⁻⁷ for k = 2 cm⁻¹); table radii that
 *   are multiples of 0.001 cm fall on entries, so the kinks at nodes are reproduced.
 * - The line geometry function through the identity tan β = Lρ / (r² − L²/4) (the difference
 *   of the two arctangents of TG-43U1 Eq. 4), so G_L = A(x²) / (r² − L²/4) with
 *   A(q) = atan(√q)/√q, x = Lρ/(r² − L²/4). A is smooth (|A''| ≤ 0.4) and tabulated in q.
 * - θ from cos θ without acos: u = √((1 − |cos θ|)/2) = sin(θ'/2) with θ' the angle to the
 *   nearer pole; θ'(u) = 2·asin(u) is smooth on [0, √½] and tabulated (error ≈ 10⁻⁶ degree).
 *   This keeps the resolution in θ nearly uniform, including at the poles where cos θ is flat.
 * - F(r, θ) (TG-43U1S1 bilinear, nearest neighbour outside r and θ) keeps its own radii: one θ
 *   row per tabulated radius, sampled every thetaStepDeg. When every tabulated angle is a
 *   multiple of that step (1°, 0.5°, … as in published tables) the linear interpolation in the
 *   row is exactly the bilinear rule; the r weight is exact except in the 0.001 cm cell around a
 *   tabulated radius.
 * Points the tables do not cover (closer than FAST_MIN_SEGMENT_DISTANCE² + margin, beyond
 * rLimitCm, or x² > GEOMETRY_Q_MAX near a line source) go to the exact kernel.
 */
export const RADIAL_STEP_CM = 0.001;
/** Radial tables reach at least this far (or 1.5× the farthest tabulated radius). */
const MIN_REACH_CM = 20;
const GEOMETRY_Q_MAX = 16;
const GEOMETRY_STEPS = 8192;
const HALF_ANGLE_STEPS = 4096;
const THETA_STEPS_DEG = [1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.02, 0.01];
const DEG_PER_RAD = 180 / Math.PI;
/**
 * Squared segment distances below this go to the exact kernel, so that "no dose closer than
 * 0.1 cm" is decided by exactly the same arithmetic as in doseAtPointsGy.
 */
export const SLOW_SEGMENT_DISTANCE_SQ = MIN_DISTANCE_CM * MIN_DISTANCE_CM + 1e-12;

interface CommonTables {
  /** The exact kernel for points outside the tables. */
  exact: DoseKernel;
  rStepInv: number;
  /** Fast path only for r² below this, cm². */
  rLimitSq: number;
}

export interface PointKernelTables extends CommonTables {
  geometry: 'point';
  /** Λ · r0² · g(r) · φan(r) at r = k·RADIAL_STEP_CM; the dose rate is this over r². */
  radial: Float64Array;
}

export interface LineKernelTables extends CommonTables {
  geometry: 'line';
  halfLengthCm: number;
  halfLengthSq: number;
  lengthSq: number;
  /** Λ / G_L(r0, θ0) · g(r) at r = k·RADIAL_STEP_CM. */
  radial: Float64Array;
  /** A(q) = atan(√q)/√q at q = k / qStepInv. */
  geometryRatio: Float64Array;
  qStepInv: number;
  qLimit: number;
  /** 2·asin(u) in degrees at u = k / uStepInv, u ∈ [0, √½]. */
  halfAngleDeg: Float64Array;
  uStepInv: number;
  /** F rows: row i holds F(r_i, m·thetaStepDeg), m = 0 … rowLength − 1 (last repeated). */
  fRows: Float64Array;
  rowLength: number;
  thetaStepInv: number;
  /** Per radial cell: offset of the lower F row, and the r weight fr = fCellA + fCellB·r. */
  fCellRow: Int32Array;
  fCellA: Float64Array;
  fCellB: Float64Array;
}

export type KernelTables = PointKernelTables | LineKernelTables;

const cache = new WeakMap<SourceModel, KernelTables>();

/** The model's tables, built on first use and kept as long as the model object lives. */
export function getKernelTables(model: SourceModel): KernelTables {
  let tables = cache.get(model);
  if (tables === undefined) {
    tables = buildKernelTables(model);
    cache.set(model, tables);
  }
  return tables;
}

function radialReachCm(model: SourceModel): number {
  const radii = [
    ...model.radialDoseFunction.rCm,
    ...(model.anisotropyFunction?.rCm ?? []),
    ...(model.anisotropyFactor?.rCm ?? []),
  ];
  return Math.max(MIN_REACH_CM, 1.5 * Math.max(...radii));
}

/** Values f(k·h) for k = 0 … n − 1, plus one repeated entry so that k + 1 is always readable. */
function sample(n: number, h: number, f: (x: number) => number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let k = 0; k < n; k += 1) out[k] = f(k * h);
  out[n] = out[n - 1] ?? 0;
  return out;
}

export function buildKernelTables(model: SourceModel): KernelTables {
  const lambda = model.doseRateConstantCGyPerHPerU;
  const { rCm, g } = model.radialDoseFunction;
  const cells = Math.ceil(radialReachCm(model) / RADIAL_STEP_CM);
  const rLimit = (cells - 1) * RADIAL_STEP_CM;
  const common = {
    exact: createDoseKernel(model),
    rStepInv: 1 / RADIAL_STEP_CM,
    rLimitSq: rLimit * rLimit,
  };
  if (model.geometry === 'point') {
    const phi = model.anisotropyFactor;
    const r0Sq = REFERENCE_DISTANCE_CM * REFERENCE_DISTANCE_CM;
    const radial = sample(cells, RADIAL_STEP_CM, (r) => {
      const phiAn = phi === undefined ? 1 : linearClamped(phi.rCm, phi.phiAn, r);
      return lambda * r0Sq * radialDose(rCm, g, r) * phiAn;
    });
    return { geometry: 'point', ...common, radial };
  }
  const length = model.activeLengthCm ?? 0;
  const g0 = lineGeometryAtReference(length);
  const radial = sample(cells, RADIAL_STEP_CM, (r) => (lambda / g0) * radialDose(rCm, g, r));
  const qStep = GEOMETRY_Q_MAX / GEOMETRY_STEPS;
  const geometryRatio = sample(GEOMETRY_STEPS + 1, qStep, (q) =>
    q === 0 ? 1 : Math.atan(Math.sqrt(q)) / Math.sqrt(q),
  );
  const uStep = Math.SQRT1_2 / HALF_ANGLE_STEPS;
  const halfAngleDeg = sample(
    HALF_ANGLE_STEPS + 1,
    uStep,
    (u) => 2 * Math.asin(Math.min(u, Math.SQRT1_2)) * DEG_PER_RAD,
  );
  return {
    geometry: 'line',
    ...common,
    halfLengthCm: length / 2,
    halfLengthSq: (length * length) / 4,
    lengthSq: length * length,
    radial,
    geometryRatio,
    qStepInv: 1 / qStep,
    qLimit: GEOMETRY_Q_MAX,
    halfAngleDeg,
    uStepInv: 1 / uStep,
    ...anisotropyRows(model, cells),
  };
}

/** The largest step of which every tabulated angle is a multiple (then the rows are exact). */
function thetaStepDeg(thetas: readonly number[]): number {
  const fits = (step: number) =>
    thetas.every((t) => Math.abs(t / step - Math.round(t / step)) < 1e-9);
  return THETA_STEPS_DEG.find(fits) ?? 0.01;
}

function anisotropyRows(model: SourceModel, cells: number) {
  const table = model.anisotropyFunction ?? { rCm: [1], thetaDeg: [90], F: [[1]] };
  // With one tabulated radius the row is repeated so that "row i + 1" always exists.
  const radii = table.rCm.length === 1 ? [table.rCm[0] ?? 1, table.rCm[0] ?? 1] : table.rCm;
  const step = thetaStepDeg(table.thetaDeg);
  const samples = Math.round(180 / step) + 1;
  const rowLength = samples + 1;
  const fRows = new Float64Array(radii.length * rowLength);
  radii.forEach((r, i) => {
    const row = sample(samples, step, (t) => anisotropy(table, r, Math.min(t, 180)));
    fRows.set(row, i * rowLength);
  });
  const fCellRow = new Int32Array(cells + 1);
  const fCellA = new Float64Array(cells + 1);
  const fCellB = new Float64Array(cells + 1);
  const first = radii[0] ?? 0;
  const last = radii[radii.length - 1] ?? 0;
  for (let k = 0; k <= cells; k += 1) {
    const middle = (k + 0.5) * RADIAL_STEP_CM;
    if (middle <= first) continue; // row 0, weight 0: nearest neighbour below r_min
    if (middle >= last) {
      fCellRow[k] = (radii.length - 2) * rowLength;
      fCellA[k] = 1; // weight 1 on the last row: nearest neighbour beyond r_max
      continue;
    }
    const i = Math.min(bracket(radii, middle), radii.length - 2);
    const ra = radii[i] ?? 0;
    const span = (radii[i + 1] ?? 1) - ra;
    fCellRow[k] = i * rowLength;
    fCellA[k] = -ra / span;
    fCellB[k] = 1 / span;
  }
  return { fRows, rowLength, thetaStepInv: 1 / step, fCellRow, fCellA, fCellB };
}

import { PTV_EVAL_SHELL_CM, PTV_EVAL_SKIN_CLIP_CM } from '../grid/ptv-eval-dvh.ts';
import type { Dwell, Point3, SourceModel } from '../source-model.ts';
import {
  encapsulationRadiusCm,
  NEAR_AXIS_CONE_DEG,
  pointValidity,
  tabulatedRadiiCm,
  validityLimits,
  type ValidityFinding,
  type ValidityReason,
} from '../validity.ts';
import { fibonacciSpherePoint, SPHERE_SAMPLE_COUNT } from './balloon.ts';
import { dwellMatrixDosesGy } from './dose-rate-matrix.ts';
import { REPORTED_DEPTHS_CM, type SphereMatrices } from './evaluate-balloon.ts';

/**
 * A reported dose, or the DVH region, that relies on extrapolated or least reliable TG-43 data
 * (validity.ts). The message names the point and the reason.
 */
export interface ValidityWarning {
  /** What was reported: "surface minimum", "skin", "PTV_EVAL DVH", … */
  quantity: string;
  /** Where the reported dose is, cm (balloon centre at the origin); null for the DVH region. */
  pointCm: Point3 | null;
  reasons: ValidityReason[];
  /** For the DVH region: the share of its sampled volume concerned, %. */
  regionPercent?: number;
  message: string;
}

const fmt = (x: number, digits = 2) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(digits);
const at = (p: Point3) => `(${fmt(p[0])}, ${fmt(p[1])}, ${fmt(p[2])}) cm`;

function explain(model: SourceModel, dwells: readonly Dwell[], f: ValidityFinding): string {
  const dwell = dwells[f.dwellIndex];
  const where = `the dwell at ${at(dwell?.positionCm ?? [0, 0, 0])}`;
  const { firstCm, lastCm } = tabulatedRadiiCm(model);
  switch (f.reason) {
    case 'near-axis-cone':
      return `θ = ${fmt(f.thetaDeg, 1)}° from the axis of ${where}, within ${String(NEAR_AXIS_CONE_DEG)}° of the source axis where F(r, θ) changes fast`;
    case 'beyond-last-radius':
      return `r = ${fmt(f.distanceCm)} cm from ${where}, beyond the last tabulated radius ${String(lastCm)} cm (g(r) extrapolated exponentially, F held at its last radius; TG-43U1S1)`;
    case 'below-first-radius':
      return `r = ${fmt(f.distanceCm)} cm from ${where}, below the first tabulated radius ${String(firstCm)} cm (g and F held at their first values; TG-43U1S1)`;
    case 'inside-encapsulation':
      return `${fmt(f.distanceCm)} cm from ${where}, inside the ${String(encapsulationRadiusCm(model))} cm source encapsulation where TG-43 water data do not apply`;
  }
}

/** One finding per reason: the one from the dwell giving the largest share of the dose. */
function strongest(findings: ValidityFinding[], shares: ArrayLike<number>): ValidityFinding[] {
  const best = new Map<ValidityReason, ValidityFinding>();
  for (const f of findings) {
    const current = best.get(f.reason);
    if (current === undefined || (shares[f.dwellIndex] ?? 0) > (shares[current.dwellIndex] ?? 0))
      best.set(f.reason, f);
  }
  return [...best.values()];
}

/** Each dwell's share of the dose at sample i of a sphere matrix (into `shares` when given). */
function sharesAt(
  values: Float64Array,
  cols: number,
  i: number,
  timesS: readonly number[],
  shares = new Float64Array(cols),
): Float64Array {
  let total = 0;
  for (let j = 0; j < cols; j++) {
    const d = (values[i * cols + j] ?? 0) * (timesS[j] ?? 0);
    shares[j] = d;
    total += d;
  }
  if (total > 0) for (let j = 0; j < cols; j++) shares[j] = (shares[j] ?? 0) / total;
  return shares;
}

interface PlanGeometry {
  balloonRadiusCm: number;
  skinDistanceCm: number;
  chestWallDistanceCm?: number;
}

/**
 * Validity warnings of a balloon plan: for the surface and depth minima and maxima, the skin and
 * chest-wall doses (each at its sample point on the sphere, as evaluate-balloon.ts reports it),
 * and the PTV_EVAL DVH region (the share of samples on spheres through the shell). Pure.
 */
export function planValidityWarnings(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  geometry: PlanGeometry,
  matrices: SphereMatrices,
): ValidityWarning[] {
  const times = dwells.map((d) => d.timeS);
  const limits = validityLimits(model);
  const warnings: ValidityWarning[] = [];
  const check = (quantity: string, radiusCm: number, pick: 'min' | 'max') => {
    const matrix = matrices(radiusCm);
    const doses = dwellMatrixDosesGy(matrix, airKermaStrengthU, times);
    let index = 0;
    doses.forEach((d, i) => {
      const best = doses[index] ?? d;
      if (pick === 'min' ? d < best : d > best) index = i;
    });
    const point = fibonacciSpherePoint(index, SPHERE_SAMPLE_COUNT, radiusCm);
    const shares = sharesAt(matrix.values, matrix.cols, index, times);
    const findings = strongest(pointValidity(limits, dwells, point, shares), shares);
    if (findings.length === 0) return;
    warnings.push({
      quantity,
      pointCm: point,
      reasons: findings.map((f) => f.reason),
      message: `${quantity} (${fmt(doses[index] ?? 0)} Gy at ${at(point)}) relies on TG-43 data outside their reliable range: ${findings.map((f) => explain(model, dwells, f)).join('; ')}.`,
    });
  };
  const r = geometry.balloonRadiusCm;
  check('Surface minimum', r, 'min');
  check('Surface maximum', r, 'max');
  for (const depthCm of REPORTED_DEPTHS_CM) {
    check(`Minimum at ${String(depthCm)} cm depth`, r + depthCm, 'min');
    check(`Maximum at ${String(depthCm)} cm depth`, r + depthCm, 'max');
  }
  check(
    `Skin dose (${String(geometry.skinDistanceCm)} cm beyond the surface)`,
    r + geometry.skinDistanceCm,
    'max',
  );
  if (geometry.chestWallDistanceCm !== undefined)
    check(
      `Chest-wall dose (${String(geometry.chestWallDistanceCm)} cm beyond the surface)`,
      r + geometry.chestWallDistanceCm,
      'max',
    );
  const region = dvhRegionWarning(model, dwells, geometry, matrices);
  if (region !== null) warnings.push(region);
  return warnings;
}

function dvhRegionWarning(
  model: SourceModel,
  dwells: readonly Dwell[],
  geometry: PlanGeometry,
  matrices: SphereMatrices,
): ValidityWarning | null {
  const times = dwells.map((d) => d.timeS);
  const limits = validityLimits(model);
  const r = geometry.balloonRadiusCm;
  const outer = r + Math.min(PTV_EVAL_SHELL_CM, geometry.skinDistanceCm - PTV_EVAL_SKIN_CLIP_CM);
  if (!(outer > r)) return null;
  const counts = new Map<ValidityReason, number>();
  let samples = 0;
  // The spheres the plan has already evaluated (surface, 0.5 and 1 cm depth) that lie in the
  // shell: the share of the shell near an axis changes slowly with radius, and no new dose-rate
  // matrix is built for the warning.
  const radii = [r, ...REPORTED_DEPTHS_CM.map((d) => r + d).filter((x) => x <= outer + 1e-9)];
  const shares = new Float64Array(dwells.length);
  for (const radius of radii) {
    const matrix = matrices(radius);
    for (let i = 0; i < SPHERE_SAMPLE_COUNT; i++) {
      samples++;
      const point = fibonacciSpherePoint(i, SPHERE_SAMPLE_COUNT, radius);
      sharesAt(matrix.values, matrix.cols, i, times, shares);
      const reasons = new Set(pointValidity(limits, dwells, point, shares).map((f) => f.reason));
      for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return null;
  const percent = (n: number) => (100 * n) / samples;
  const largest = Math.max(...counts.values());
  const parts = [...counts].map(
    ([reason, n]) => `${fmt(percent(n), 1)} % ${REGION_REASON[reason]}`,
  );
  return {
    quantity: 'PTV_EVAL DVH',
    pointCm: null,
    reasons: [...counts.keys()],
    regionPercent: percent(largest),
    message: `PTV_EVAL DVH (${fmt(r, 2)}–${fmt(outer, 2)} cm from the balloon centre) relies in part on TG-43 data outside their reliable range: ${parts.join('; ')}.`,
  };
}

const REGION_REASON: Record<ValidityReason, string> = {
  'near-axis-cone': `of its volume lies within ${String(NEAR_AXIS_CONE_DEG)}° of a dwell's source axis, where F(r, θ) changes fast`,
  'beyond-last-radius': 'of its volume lies beyond the last tabulated radius of a dwell',
  'below-first-radius': 'of its volume lies below the first tabulated radius of a dwell',
  'inside-encapsulation': 'of its volume lies inside a source encapsulation',
};

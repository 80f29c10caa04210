import { distanceToSegmentCm } from './geometry.ts';
import type { Dwell, Point3, SourceModel } from './source-model.ts';
import { MIN_DISTANCE_CM } from './units.ts';

/**
 * Where the TG-43 data behind a dose are extrapolated or least reliable (physics.md §1.3):
 * - below-first-radius: r below the first tabulated radius, where g and F are held at their
 *   first values (zeroth order, TG-43U1S1);
 * - beyond-last-radius: r beyond the last tabulated radius, where g follows the exponential
 *   through the last two nodes (TG-43U1S1 Eq. 4) and F is held at its last radius (TG-43U1S1
 *   nearest neighbour; packages/dosimetry/README.md);
 * - near-axis-cone: within NEAR_AXIS_CONE_DEG of the source axis (either end) of a line source,
 *   where F(r, θ) changes fast and interpolation and source modelling errors are largest;
 * - inside-encapsulation: closer to the active segment than the encapsulation radius, inside
 *   the source and catheter, where TG-43 water data do not describe the medium.
 */
export type ValidityReason =
  'below-first-radius' | 'beyond-last-radius' | 'near-axis-cone' | 'inside-encapsulation';

/**
 * Half-angle of the near-axis cone, degrees. 20°: the angular range the along-away check leaves
 * out (θ 20°–160°, issue 11); physics.md §1.3 reports bilinear F interpolation errors up to 1.5 %
 * at θ < 15° even for a 1°–2° mesh of a high-energy source, and §2.2 PAF disagreements up to 17 %
 * at the distal end of a Xoft source at 2 cm. The 5–12 % errors near the axis quoted in issue 11
 * are not in physics.md and are UNCONFIRMED here.
 */
export const NEAR_AXIS_CONE_DEG = 20;

/**
 * A dwell whose share of the dose at a point is below this is not counted as something the dose
 * relies on: a 10 % error in its data moves the total by under 1 %.
 */
export const RELEVANT_DOSE_SHARE = 0.1;

export interface ValidityFinding {
  reason: ValidityReason;
  /** Index of the dwell in the plan's dwell list. */
  dwellIndex: number;
  /** Distance from the dwell centre, cm. */
  distanceCm: number;
  /** Polar angle from the dwell's axis (toward the tip), degrees. */
  thetaDeg: number;
}

/** The radii the model's tables cover: the widest first and the narrowest last radius. */
export function tabulatedRadiiCm(model: SourceModel): { firstCm: number; lastCm: number } {
  const tables = [model.radialDoseFunction.rCm];
  if (model.geometry === 'line' && model.anisotropyFunction !== undefined)
    tables.push(model.anisotropyFunction.rCm);
  if (model.geometry === 'point' && model.anisotropyFactor !== undefined)
    tables.push(model.anisotropyFactor.rCm);
  // A one-radius φan table (φan constant) is not an extrapolation anywhere.
  const ranged = tables.filter((t) => t.length > 1);
  return {
    firstCm: Math.max(...ranged.map((t) => t[0] ?? 0)),
    lastCm: Math.min(...ranged.map((t) => t[t.length - 1] ?? Infinity)),
  };
}

/** Encapsulation radius of the model (cm): its own, or the engine's 0.1 cm minimum distance. */
export function encapsulationRadiusCm(model: SourceModel): number {
  return Math.max(model.encapsulationRadiusCm ?? 0, MIN_DISTANCE_CM);
}

/** What the checks need from a model, worked out once. */
export interface ValidityLimits {
  firstCm: number;
  lastCm: number;
  encapsulationCm: number;
  lengthCm: number;
  /** The near-axis cone applies: a line source with an F(r, θ) table. */
  cone: boolean;
}

export function validityLimits(model: SourceModel): ValidityLimits {
  return {
    ...tabulatedRadiiCm(model),
    encapsulationCm: encapsulationRadiusCm(model),
    lengthCm: model.geometry === 'line' ? (model.activeLengthCm ?? 0) : 0,
    cone: model.geometry === 'line' && model.anisotropyFunction !== undefined,
  };
}

/** Why the data behind the dose from one dwell at one point are extrapolated, if they are. */
export function dwellPointValidity(
  limits: ValidityLimits,
  dwell: Pick<Dwell, 'positionCm' | 'axis'>,
  point: Point3,
  dwellIndex: number,
): ValidityFinding[] {
  const [px, py, pz] = dwell.positionCm;
  const [ax, ay, az] = dwell.axis;
  const dx = point[0] - px;
  const dy = point[1] - py;
  const dz = point[2] - pz;
  const r = Math.hypot(dx, dy, dz);
  const along = dx * ax + dy * ay + dz * az;
  const radial = Math.sqrt(Math.max(0, r * r - along * along));
  const thetaDeg = r === 0 ? 0 : (Math.acos(Math.min(1, Math.max(-1, along / r))) * 180) / Math.PI;
  const found = (reason: ValidityReason): ValidityFinding => ({
    reason,
    dwellIndex,
    distanceCm: r,
    thetaDeg,
  });
  const findings: ValidityFinding[] = [];
  const segment = { alongCm: along, radialCm: radial };
  if (distanceToSegmentCm(segment, limits.lengthCm) < limits.encapsulationCm)
    findings.push(found('inside-encapsulation'));
  if (r < limits.firstCm) findings.push(found('below-first-radius'));
  if (r > limits.lastCm) findings.push(found('beyond-last-radius'));
  if (limits.cone && Math.min(thetaDeg, 180 - thetaDeg) < NEAR_AXIS_CONE_DEG)
    findings.push(found('near-axis-cone'));
  return findings;
}

/**
 * The findings for a point from every dwell that gives at least RELEVANT_DOSE_SHARE of its dose.
 * sharesOfDose[j] is dwell j's share of the point's dose (0–1); dwells without time give none.
 */
export function pointValidity(
  limits: ValidityLimits,
  dwells: readonly Pick<Dwell, 'positionCm' | 'axis'>[],
  point: Point3,
  sharesOfDose: ArrayLike<number>,
): ValidityFinding[] {
  return dwells.flatMap((dwell, j) =>
    (sharesOfDose[j] ?? 0) >= RELEVANT_DOSE_SHARE
      ? dwellPointValidity(limits, dwell, point, j)
      : [],
  );
}

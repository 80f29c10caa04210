import { REFERENCE_DISTANCE_CM } from './units.ts';

/** Position of a point relative to a dwell: distance along the source axis and from it. */
export interface LocalPosition {
  /** Along the axis, toward the tip, cm. */
  alongCm: number;
  /** From the axis, cm (≥ 0). */
  radialCm: number;
}

/** Point-source geometry function ratio G_P(r)/G_P(r0) = r0²/r² (TG-43U1 Eq. 11). */
export function pointGeometryRatio(rCm: number): number {
  return (REFERENCE_DISTANCE_CM * REFERENCE_DISTANCE_CM) / (rCm * rCm);
}

/**
 * Line-source geometry function G_L(r,θ) = β / (L r sinθ), where β is the angle the active
 * length subtends at the point; on the axis beyond the tip G_L = 1/(r² − L²/4)
 * (TG-43U1 Eq. 4). r sinθ is the distance from the axis.
 */
export function lineGeometry(position: LocalPosition, lengthCm: number): number {
  const { alongCm: z, radialCm: rho } = position;
  const half = lengthCm / 2;
  if (rho < 1e-9) return 1 / (z * z - half * half);
  const beta = Math.atan((z + half) / rho) - Math.atan((z - half) / rho);
  return beta / (lengthCm * rho);
}

/** G_L(r0, θ0) for r0 = 1 cm, θ0 = 90°: 2·atan(L/2r0)/(L·r0). */
export function lineGeometryAtReference(lengthCm: number): number {
  const r0 = REFERENCE_DISTANCE_CM;
  return (2 * Math.atan(lengthCm / (2 * r0))) / (lengthCm * r0);
}

/** Shortest distance from the point to the active segment (a point for L = 0), cm. */
export function distanceToSegmentCm(position: LocalPosition, lengthCm: number): number {
  const beyond = Math.max(0, Math.abs(position.alongCm) - lengthCm / 2);
  return Math.hypot(position.radialCm, beyond);
}

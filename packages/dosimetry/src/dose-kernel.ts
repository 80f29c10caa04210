import {
  distanceToSegmentCm,
  lineGeometry,
  lineGeometryAtReference,
  pointGeometryRatio,
} from './geometry.ts';
import { anisotropy, linearClamped, radialDose } from './interpolation.ts';
import type { SourceModel } from './source-model.ts';
import { MIN_DISTANCE_CM } from './units.ts';

const DEG_PER_RAD = 180 / Math.PI;

/**
 * Dose rate per unit air-kerma strength, cGy h⁻¹ U⁻¹, at a point given relative to the dwell
 * centre (dx, dy, dz, cm) for a source whose axis is the unit vector (ax, ay, az):
 * Λ · G(r,θ)/G(r0,θ0) · g(r) · F(r,θ) (TG-43U1 Eq. 1) for line sources, and
 * Λ · r0²/r² · g(r) · φan(r) (Eq. 11) for point sources. null closer than 0.1 cm to the active
 * segment, where the data do not apply.
 */
export type DoseKernel = (
  dx: number,
  dy: number,
  dz: number,
  ax: number,
  ay: number,
  az: number,
) => number | null;

export function createDoseKernel(model: SourceModel): DoseKernel {
  const lambda = model.doseRateConstantCGyPerHPerU;
  const { rCm, g } = model.radialDoseFunction;
  if (model.geometry === 'point') {
    const phi = model.anisotropyFactor;
    return (dx, dy, dz) => {
      const r = Math.hypot(dx, dy, dz);
      if (r < MIN_DISTANCE_CM) return null;
      const phiAn = phi === undefined ? 1 : linearClamped(phi.rCm, phi.phiAn, r);
      return lambda * pointGeometryRatio(r) * radialDose(rCm, g, r) * phiAn;
    };
  }
  const length = model.activeLengthCm ?? 0;
  const g0 = lineGeometryAtReference(length);
  const table = model.anisotropyFunction;
  return (dx, dy, dz, ax, ay, az) => {
    const along = dx * ax + dy * ay + dz * az;
    const r = Math.hypot(dx, dy, dz);
    const radial = Math.sqrt(Math.max(0, r * r - along * along));
    const position = { alongCm: along, radialCm: radial };
    if (distanceToSegmentCm(position, length) < MIN_DISTANCE_CM) return null;
    const thetaDeg = Math.acos(Math.min(1, Math.max(-1, along / r))) * DEG_PER_RAD;
    const f = table === undefined ? 1 : anisotropy(table, r, thetaDeg);
    return lambda * (lineGeometry(position, length) / g0) * radialDose(rCm, g, r) * f;
  };
}

import type { Dwell } from '../source-model.ts';
import { gyFromCGyPerHTimesS } from '../units.ts';
import {
  SLOW_SEGMENT_DISTANCE_SQ,
  type KernelTables,
  type LineKernelTables,
  type PointKernelTables,
} from './kernel-tables.ts';

/** Numbers per packed dwell: x, y, z, axis x, y, z, and Gy per (cGy h⁻¹ U⁻¹) of dose rate. */
export const DWELL_STRIDE = 7;

/**
 * Dwells packed into one typed array. The weight S_K · t / 3600 / 100 turns a dose rate per unit
 * strength (cGy h⁻¹ U⁻¹) into Gy (D = Σ S_K · Ḋ/S_K · t, TG-43U1 Eq. 1 summed over dwells).
 */
export function packDwells(airKermaStrengthU: number, dwells: readonly Dwell[]): Float64Array {
  const packed = new Float64Array(dwells.length * DWELL_STRIDE);
  dwells.forEach((d, n) => {
    packed.set(
      [...d.positionCm, ...d.axis, gyFromCGyPerHTimesS(airKermaStrengthU, d.timeS)],
      n * DWELL_STRIDE,
    );
  });
  return packed;
}

/**
 * Adds the dose (Gy) of every dwell to acc[i] for i0 ≤ i < i1, at the points (xs[i], y, z).
 * Writes NaN where the point is within 0.1 cm of a dwell's active segment (NaN then stays).
 * Per dwell the y and z parts are hoisted out of the loop over x.
 */
export function accumulateRow(
  tables: KernelTables,
  dwells: Float64Array,
  xs: Float64Array,
  y: number,
  z: number,
  acc: Float64Array,
  i0: number,
  i1: number,
): void {
  for (let d = 0; d < dwells.length; d += DWELL_STRIDE) {
    const px = dwells[d] ?? 0;
    const dy = y - (dwells[d + 1] ?? 0);
    const dz = z - (dwells[d + 2] ?? 0);
    const ax = dwells[d + 3] ?? 0;
    const ay = dwells[d + 4] ?? 0;
    const az = dwells[d + 5] ?? 0;
    const weight = dwells[d + 6] ?? 0;
    if (tables.geometry === 'point') pointRow(tables, xs, px, dy, dz, weight, acc, i0, i1);
    else lineRow(tables, xs, px, dy, dz, ax, ay, az, weight, acc, i0, i1);
  }
}

/** Point source (TG-43U1 Eq. 11): Λ · r0²/r² · g(r) · φan(r); one table, no angle. */
function pointRow(
  t: PointKernelTables,
  xs: Float64Array,
  px: number,
  dy: number,
  dz: number,
  weight: number,
  acc: Float64Array,
  i0: number,
  i1: number,
): void {
  const { radial, rStepInv, rLimitSq, exact } = t;
  const r2Partial = dy * dy + dz * dz;
  for (let i = i0; i < i1; i += 1) {
    const dx = (xs[i] ?? 0) - px;
    const r2 = dx * dx + r2Partial;
    if (r2 < SLOW_SEGMENT_DISTANCE_SQ || r2 >= rLimitSq) {
      const rate = exact(dx, dy, dz, 0, 0, 1);
      acc[i] = (acc[i] ?? 0) + (rate === null ? NaN : weight * rate);
      continue;
    }
    const p = Math.sqrt(r2) * rStepInv;
    const k = p | 0;
    const lo = radial[k] ?? 0;
    const value = lo + (p - k) * ((radial[k + 1] ?? 0) - lo);
    acc[i] = (acc[i] ?? 0) + (weight * value) / r2;
  }
}

/**
 * Line source (TG-43U1 Eq. 1): Λ · G_L(r,θ)/G_L(r0,θ0) · g(r) · F(r,θ), with G_L from the
 * atan identity and θ from the half-angle table (see kernel-tables.ts).
 */
function lineRow(
  t: LineKernelTables,
  xs: Float64Array,
  px: number,
  dy: number,
  dz: number,
  ax: number,
  ay: number,
  az: number,
  weight: number,
  acc: Float64Array,
  i0: number,
  i1: number,
): void {
  const { radial, rStepInv, rLimitSq, exact, halfLengthCm, halfLengthSq, lengthSq } = t;
  const { geometryRatio, qStepInv, qLimit, halfAngleDeg, uStepInv } = t;
  const { fRows, rowLength, thetaStepInv, fCellRow, fCellA, fCellB } = t;
  const alongPartial = dy * ay + dz * az;
  const r2Partial = dy * dy + dz * dz;
  for (let i = i0; i < i1; i += 1) {
    const dx = (xs[i] ?? 0) - px;
    const along = dx * ax + alongPartial;
    const r2 = dx * dx + r2Partial;
    const rho2 = r2 - along * along;
    const beyond = (along < 0 ? -along : along) - halfLengthCm;
    const segment2 = beyond > 0 ? rho2 + beyond * beyond : rho2;
    const denominator = r2 - halfLengthSq;
    const invD = 1 / denominator;
    const q = lengthSq * rho2 * invD * invD;
    if (
      segment2 < SLOW_SEGMENT_DISTANCE_SQ ||
      r2 >= rLimitSq ||
      denominator <= 0 ||
      !(q < qLimit)
    ) {
      const rate = exact(dx, dy, dz, ax, ay, az);
      acc[i] = (acc[i] ?? 0) + (rate === null ? NaN : weight * rate);
      continue;
    }
    const r = Math.sqrt(r2);
    // g(r): radial table.
    const pr = r * rStepInv;
    const kr = pr | 0;
    const gLo = radial[kr] ?? 0;
    const gValue = gLo + (pr - kr) * ((radial[kr + 1] ?? 0) - gLo);
    // G_L = A(x²) / (r² − L²/4).
    const pq = q * qStepInv;
    const kq = pq | 0;
    const aLo = geometryRatio[kq] ?? 0;
    const aValue = aLo + (pq - kq) * ((geometryRatio[kq + 1] ?? 0) - aLo);
    // θ: half-angle table on u = √((1 − |cos θ|)/2).
    const cosTheta = along / r;
    // |cos θ| can round to just above 1 on the axis: then u = 0.
    const w = 0.5 - 0.5 * (cosTheta < 0 ? -cosTheta : cosTheta);
    const u = w > 0 ? Math.sqrt(w) : 0;
    const pu = u * uStepInv;
    const ku = pu | 0;
    const hLo = halfAngleDeg[ku] ?? 0;
    const toPole = hLo + (pu - ku) * ((halfAngleDeg[ku + 1] ?? 0) - hLo);
    const thetaDeg = cosTheta >= 0 ? toPole : 180 - toPole;
    // F(r, θ): two θ rows, weighted in r.
    const pt = thetaDeg * thetaStepInv;
    const kt = pt | 0;
    const ft = pt - kt;
    const row = (fCellRow[kr] ?? 0) + kt;
    const a0 = fRows[row] ?? 0;
    const f0 = a0 + ft * ((fRows[row + 1] ?? 0) - a0);
    const b0 = fRows[row + rowLength] ?? 0;
    const f1 = b0 + ft * ((fRows[row + rowLength + 1] ?? 0) - b0);
    const fr = (fCellA[kr] ?? 0) + (fCellB[kr] ?? 0) * r;
    const fValue = f0 + fr * (f1 - f0);
    acc[i] = (acc[i] ?? 0) + weight * gValue * aValue * invD * fValue;
  }
}

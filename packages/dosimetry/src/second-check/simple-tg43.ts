import type { Dwell, SourceModel } from '../source-model.ts';

/*
 * A deliberately separate, plain TG-43 dose calculation for the independent second check
 * (physics.md §5.2). It shares no code with the engine (dose-kernel.ts, geometry.ts,
 * interpolation.ts, point-dose.ts): tables are searched linearly, the line-source angle β comes
 * from the dot product of the vectors to the two ends rather than from arctangents, and the
 * reference geometry uses arcsine. A slip in either implementation then shows as a disagreement.
 */

/** Seconds per hour × cGy per Gy: cGy h⁻¹ × s → Gy. */
const CGY_H_TO_GY_S = 3600 * 100;
/** Closer than this to the active source, TG-43 data do not apply (as in the engine's rule). */
const NEAREST_CM = 0.1;

/** g(r): log-linear between nodes, first value below, exponential through the last two beyond. */
function radialDoseFunction(model: SourceModel, r: number): number {
  const { rCm: rs, g: gs } = model.radialDoseFunction;
  const n = rs.length;
  const first = gs[0] ?? 1;
  if (n === 1 || r <= (rs[0] ?? 0)) return first;
  for (let i = 1; i < n; i++) {
    const r1 = rs[i] ?? 0;
    if (r <= r1 || i === n - 1) {
      const r0 = rs[i - 1] ?? 0;
      const g0 = gs[i - 1] ?? 1;
      const g1 = gs[i] ?? 1;
      // Same expression inside the table and beyond it: beyond r_max it is the exponential
      // through the last two nodes (TG-43U1S1 Eq. 4, physics.md §1.3).
      return Math.pow(g0, (r1 - r) / (r1 - r0)) * Math.pow(g1, (r - r0) / (r1 - r0));
    }
  }
  return gs[n - 1] ?? 1;
}

/** Linear interpolation over an increasing list, clamped to its ends; found by linear scan. */
function piecewiseLinear(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= (xs[0] ?? x)) return ys[0] ?? 1;
  for (let i = 1; i < xs.length; i++) {
    const x1 = xs[i] ?? 0;
    if (x <= x1) {
      const x0 = xs[i - 1] ?? 0;
      const t = (x - x0) / (x1 - x0);
      return (1 - t) * (ys[i - 1] ?? 1) + t * (ys[i] ?? 1);
    }
  }
  return ys[ys.length - 1] ?? 1;
}

/** F(r, θ): linear in θ on the two bracketing radii' columns, then linear in r; clamped. */
function anisotropyFunction(
  table: NonNullable<SourceModel['anisotropyFunction']>,
  r: number,
  thetaDeg: number,
): number {
  const { rCm: rs, thetaDeg: ts, F } = table;
  // Row (angle) bracket by linear scan, clamped to the first and last angles.
  let row = 0;
  let u = 0;
  if (thetaDeg >= (ts[ts.length - 1] ?? 180)) row = ts.length - 1;
  else if (thetaDeg > (ts[0] ?? 0)) {
    while ((ts[row + 1] ?? Infinity) < thetaDeg) row++;
    const t0 = ts[row] ?? 0;
    u = (thetaDeg - t0) / ((ts[row + 1] ?? t0 + 1) - t0);
  }
  const columnAt = (k: number) => {
    const a = F[row]?.[k] ?? 1;
    return u === 0 ? a : a + u * ((F[row + 1]?.[k] ?? 1) - a);
  };
  if (rs.length === 1 || r <= (rs[0] ?? r)) return columnAt(0);
  for (let k = 1; k < rs.length; k++) {
    const r1 = rs[k] ?? 0;
    if (r <= r1) {
      const r0 = rs[k - 1] ?? 0;
      const t = (r - r0) / (r1 - r0);
      return (1 - t) * columnAt(k - 1) + t * columnAt(k);
    }
  }
  return columnAt(rs.length - 1);
}

/**
 * Dose rate per U (cGy h⁻¹ U⁻¹) at point p from a dwell, TG-43U1 Eq. 1 (line) or Eq. 11 (point);
 * NaN closer than 0.1 cm to the active source.
 */
export function simpleDoseRatePerU(
  model: SourceModel,
  dwell: Pick<Dwell, 'positionCm' | 'axis'>,
  p: readonly [number, number, number],
): number {
  const [x0, y0, z0] = dwell.positionCm;
  const [ax, ay, az] = dwell.axis;
  const dx = p[0] - x0;
  const dy = p[1] - y0;
  const dz = p[2] - z0;
  const r = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const cosTheta = r === 0 ? 1 : (dx * ax + dy * ay + dz * az) / r;
  const lambda = model.doseRateConstantCGyPerHPerU;
  const g = radialDoseFunction(model, r);

  if (model.geometry === 'point') {
    if (r < NEAREST_CM) return NaN;
    const phi = model.anisotropyFactor;
    const phiAn = phi === undefined ? 1 : piecewiseLinear(phi.rCm, phi.phiAn, r);
    return (lambda * g * phiAn) / (r * r); // r0 = 1 cm, so G_P(r)/G_P(r0) = 1/r².
  }

  const L = model.activeLengthCm ?? 0;
  const along = r * cosTheta;
  const off = r * Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta));
  const pastEnd = Math.max(0, Math.abs(along) - L / 2);
  if (Math.sqrt(off * off + pastEnd * pastEnd) < NEAREST_CM) return NaN;
  let geometry: number;
  if (off < 1e-6) {
    geometry = 1 / (r * r - (L * L) / 4);
  } else {
    // β is the angle at p between the vectors from the two ends of the active length (tip at +L/2).
    const fromTip = [along - L / 2, off];
    const fromBase = [along + L / 2, off];
    const dot = (fromTip[0] ?? 0) * (fromBase[0] ?? 0) + off * off;
    const beta = Math.acos(
      Math.min(1, dot / (Math.hypot(fromTip[0] ?? 0, off) * Math.hypot(fromBase[0] ?? 0, off))),
    );
    geometry = beta / (L * off);
  }
  // G_L(r0 = 1 cm, θ0 = 90°) = β0 / L with β0 = 2·asin((L/2)/√(1 + L²/4)).
  const geometryRef = (2 * Math.asin(L / 2 / Math.sqrt(1 + (L * L) / 4))) / L;
  const thetaDeg = (Math.acos(Math.max(-1, Math.min(1, cosTheta))) * 180) / Math.PI;
  const table = model.anisotropyFunction;
  const F = table === undefined ? 1 : anisotropyFunction(table, r, thetaDeg);
  return lambda * (geometry / geometryRef) * g * F;
}

/** Total dose at p from the dwell table, Gy (D = Σ S_K · Ḋ/S_K · t). */
export function simpleDoseGy(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  p: readonly [number, number, number],
): number {
  let sum = 0;
  for (const dwell of dwells)
    sum += (airKermaStrengthU * simpleDoseRatePerU(model, dwell, p) * dwell.timeS) / CGY_H_TO_GY_S;
  return sum;
}

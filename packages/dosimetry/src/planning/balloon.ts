import type { Point3, SourceModel } from '../source-model.ts';
import { MIN_DISTANCE_CM } from '../units.ts';

/**
 * Balloon geometry. The balloon centre is the origin and the central catheter is the z axis; the
 * source axis points along +z at every dwell.
 */
export const CATHETER_AXIS: Point3 = [0, 0, 1];

/**
 * Radius of the sphere holding the fill volume, r = (3V/4π)^⅓ with V in cc = cm³
 * (physics.md §2.3: the balloon is treated as a sphere of the fill volume).
 */
export function balloonRadiusCm(fillVolumeCc: number): number {
  return Math.cbrt((3 * fillVolumeCc) / (4 * Math.PI));
}

/**
 * How far inside the surface the outermost dwell must stay, cm: half the active length (so the
 * whole active segment is inside) plus the larger of 0.1 cm (closer, the engine gives no dose:
 * MIN_DISTANCE_CM) and the first tabulated radius of g(r). The latter keeps every surface dose
 * within the radii the source data actually tabulate rather than in the zeroth-order
 * extrapolation below r_min (TG-43U1S1, physics.md §1.3), where a 50 kV source is least known.
 */
export function dwellSurfaceMarginCm(model: SourceModel): number {
  const firstRadius = model.radialDoseFunction.rCm[0] ?? 0;
  const halfLength = model.geometry === 'line' ? (model.activeLengthCm ?? 0) / 2 : 0;
  return halfLength + Math.max(MIN_DISTANCE_CM, firstRadius);
}

/**
 * Dwell positions along the catheter (z, cm): z = k·step for k = −K…K, the largest K with
 * K·step ≤ radius − margin. The rule keeps the set symmetric about the balloon centre (as the
 * balloon is) and always includes the centre, where a single dwell of an isotropic source already
 * gives a uniform surface dose, so the optimiser can always reach that optimum; the extent stops at
 * the margin (dwellSurfaceMarginCm). A balloon smaller than the margin still gets the centre.
 */
export function dwellPositionsCm(radiusCm: number, stepCm: number, marginCm: number): number[] {
  const reach = Math.max(0, radiusCm - marginCm);
  // The 1e-9 keeps a position exactly at the limit despite rounding in reach / step.
  const k = Math.floor(reach / stepCm + 1e-9);
  const positions: number[] = [];
  for (let i = -k; i <= k; i++) positions.push(i * stepCm + 0); // + 0 turns −0 into 0
  return positions;
}

/**
 * Sample points on the sphere of the given radius about the origin: a Fibonacci (golden-angle)
 * lattice, equal-area, so the plain average of the samples is the surface mean. z_i = 1 − (2i+1)/n
 * is symmetric about the equator like the dwells. rotationRad turns the lattice about the
 * catheter (for tests of axial symmetry). Deterministic.
 */
export function fibonacciSpherePoints(count: number, radiusCm: number, rotationRad = 0): Point3[] {
  const points: Point3[] = [];
  for (let i = 0; i < count; i++)
    points.push(fibonacciSpherePoint(i, count, radiusCm, rotationRad));
  return points;
}

/** Point i of fibonacciSpherePoints(count, radiusCm, rotationRad). */
export function fibonacciSpherePoint(
  i: number,
  count: number,
  radiusCm: number,
  rotationRad = 0,
): Point3 {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const z = 1 - (2 * i + 1) / count;
  const rho = Math.sqrt(Math.max(0, 1 - z * z));
  const phi = i * golden + rotationRad;
  return [radiusCm * rho * Math.cos(phi), radiusCm * rho * Math.sin(phi), radiusCm * z];
}

/**
 * Samples per sphere. 800 points are spaced ≈ 0.13 rad apart (√(4π/800)); the mean over the
 * equal-area lattice then changes by far less than 0.1 % between 800 and 2000 points for these
 * smooth dose distributions (checked in the tests), and the whole plan stays well under 100 ms.
 */
export const SPHERE_SAMPLE_COUNT = 800;

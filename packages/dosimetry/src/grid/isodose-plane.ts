import type { Dwell, Point3, SourceModel } from '../source-model.ts';
import { doseAtPointsGy } from '../point-dose.ts';

/** Isodose levels drawn on screen and on paper, as percentages of the prescribed dose. */
export const ISODOSE_PERCENTS = [50, 80, 100, 150, 200] as const;

/**
 * Doses on a square grid in the plane of the catheter (x–z, y = 0, through the balloon centre),
 * row-major with the first row at z = −halfWidthCm: values[row · size + column] is the dose at
 * x = −halfWidth + column · spacing, z = −halfWidth + row · spacing.
 */
export interface IsodoseGrid {
  /** Points per row and per column. */
  size: number;
  halfWidthCm: number;
  spacingCm: number;
  /** Gy; points within 0.1 cm of a dwell (no TG-43 dose) get the highest dose of the grid. */
  values: Float64Array;
  /** How many points had no TG-43 dose and were filled in. */
  filledCount: number;
}

/**
 * The half-width of the plotted square: 4 cm (an 8 × 8 cm plane), widened up to 6 cm so the
 * skin-distance circle stays in view for large balloons.
 */
export function plotHalfWidthCm(balloonRadiusCm: number, skinDistanceCm: number): number {
  const needed = Math.ceil(balloonRadiusCm + skinDistanceCm + 0.5);
  return Math.min(6, Math.max(4, needed));
}

/**
 * Computes the isodose grid from a plan's dwells with doseAtPointsGy. Points too close to a dwell
 * have no TG-43 dose; for drawing only, they take the grid's highest dose (the dose rises without
 * bound toward the source), so they lie inside every isodose line.
 */
export function buildIsodoseGrid(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  halfWidthCm = 4,
  spacingCm = 0.1,
): IsodoseGrid {
  const half = Math.round(halfWidthCm / spacingCm);
  const size = 2 * half + 1;
  // Whole multiples of the spacing, so the grid is exactly symmetric about the centre.
  const at = (index: number) => (index - half) * spacingCm;
  const points: Point3[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) points.push([at(column), 0, at(row)]);
  }
  const doses = doseAtPointsGy(model, airKermaStrengthU, dwells, points);
  let highest = 0;
  for (const dose of doses) if (dose !== null && dose > highest) highest = dose;
  const values = new Float64Array(doses.length);
  let filledCount = 0;
  doses.forEach((dose, i) => {
    if (dose === null) filledCount += 1;
    values[i] = dose ?? highest;
  });
  return { size, halfWidthCm: half * spacingCm, spacingCm, values, filledCount };
}

/** Points on a circle about the balloon centre in the plot plane, closed. */
export function circlePoints(radiusCm: number, segments = 120): { x: number; z: number }[] {
  const points: { x: number; z: number }[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const angle = (2 * Math.PI * i) / segments;
    points.push({ x: radiusCm * Math.cos(angle), z: radiusCm * Math.sin(angle) });
  }
  return points;
}

import { shippedModel, type Dwell, type SourceModel } from '../../src/index.ts';

/** The shipped demonstration model: a point source with the Hiatt 2015 g(r) points. */
export const demoPoint = shippedModel('demo-50kv-ebx') as SourceModel;

/**
 * A SYNTHETIC line source (invented numbers, test data only): the demonstration g(r), L = 0.3 cm,
 * and an F(r, θ) table with a polar dip, tabulated at uneven angles (1° steps near the poles).
 */
export const syntheticLine: SourceModel = {
  ...demoPoint,
  id: 'synthetic-line',
  name: 'Synthetic line source (test data)',
  geometry: 'line',
  activeLengthCm: 0.3,
  anisotropyFactor: undefined,
  anisotropyFunction: {
    rCm: [0.5, 1, 2, 5, 10],
    thetaDeg: [0, 1, 2, 3, 5, 10, 20, 30, 60, 90, 120, 150, 160, 170, 175, 178, 179, 180],
    F: [
      [0.42, 0.45, 0.5, 0.56, 0.6],
      [0.46, 0.49, 0.53, 0.58, 0.62],
      [0.52, 0.54, 0.57, 0.61, 0.65],
      [0.58, 0.6, 0.62, 0.65, 0.68],
      [0.66, 0.67, 0.69, 0.71, 0.73],
      [0.76, 0.77, 0.78, 0.8, 0.82],
      [0.86, 0.87, 0.88, 0.89, 0.9],
      [0.92, 0.92, 0.93, 0.94, 0.95],
      [0.98, 0.98, 0.98, 0.99, 0.99],
      [1, 1, 1, 1, 1],
      [0.99, 0.99, 0.99, 0.99, 1],
      [0.95, 0.95, 0.96, 0.96, 0.97],
      [0.92, 0.92, 0.93, 0.94, 0.95],
      [0.84, 0.85, 0.86, 0.88, 0.9],
      [0.75, 0.76, 0.78, 0.81, 0.84],
      [0.66, 0.68, 0.7, 0.74, 0.78],
      [0.6, 0.62, 0.65, 0.69, 0.74],
      [0.55, 0.57, 0.6, 0.65, 0.7],
    ],
  },
  provenance: { source: 'synthetic test data', clinicalUse: false },
};

/**
 * The same line source with angles that are not multiples of 0.01° (thirds of a degree), so the
 * F rows are sampled (0.01° steps) instead of reproducing the bilinear rule exactly.
 */
export const syntheticLineOddAngles: SourceModel = {
  ...syntheticLine,
  id: 'synthetic-line-odd-angles',
  anisotropyFunction: {
    rCm: [0.5, 1, 2, 5, 10],
    thetaDeg: [0, 10 / 3, 50 / 3, 90, 490 / 3, 530 / 3, 180],
    F: [
      [0.42, 0.45, 0.5, 0.56, 0.6],
      [0.6, 0.62, 0.64, 0.66, 0.68],
      [0.84, 0.86, 0.88, 0.89, 0.9],
      [1, 1, 1, 1, 1],
      [0.9, 0.91, 0.92, 0.94, 0.95],
      [0.66, 0.68, 0.7, 0.74, 0.78],
      [0.55, 0.57, 0.6, 0.65, 0.7],
    ],
  },
};

/** Dwells every `stepCm` along the z axis, centred on the origin, each `timeS` long. */
export function catheterDwells(count: number, stepCm: number, timeS = 30): Dwell[] {
  return Array.from({ length: count }, (_, n) => ({
    positionCm: [0, 0, (n - (count - 1) / 2) * stepCm] as const,
    axis: [0, 0, 1] as const,
    timeS: timeS * (1 + 0.1 * Math.sin(n)),
  }));
}

import { shippedModel, type Dwell } from '@openiort/dosimetry';
import { describe, expect, it } from 'vitest';
import { buildIsodoseGrid, circlePoints, plotHalfWidthCm } from './isodose-grid.ts';

const model = shippedModel('demo-50kv-ebx');
if (model === undefined) throw new Error('the demonstration model ships with OpenIORT');
const centre: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 600 };

describe('buildIsodoseGrid', () => {
  const grid = buildIsodoseGrid(model, 10000, [centre], 4, 0.1);
  const at = (x: number, z: number) => {
    const column = Math.round((x + 4) / 0.1);
    const row = Math.round((z + 4) / 0.1);
    return grid.values[row * grid.size + column] ?? Number.NaN;
  };

  it('samples an 8 × 8 cm plane every millimetre, row by row from z = −4', () => {
    expect(grid.size).toBe(81);
    expect(grid.values.length).toBe(81 * 81);
    // Row 0 runs along z = −4 and column 0 along x = −4: the corner is (−4, −4).
    expect(at(-4, -4)).toBeCloseTo(grid.values[0] ?? 0, 12);
  });

  it('is symmetric about a point source at the centre and falls off with distance', () => {
    expect(at(2, 0)).toBeCloseTo(at(0, 2), 9);
    expect(at(-2, 0)).toBeCloseTo(at(0, -2), 9);
    expect(at(1, 0)).toBeGreaterThan(at(2, 0));
    expect(at(2, 0)).toBeGreaterThan(at(3, 0));
  });

  it('fills the point on the source with the highest dose, so it is inside every line', () => {
    expect(grid.filledCount).toBeGreaterThanOrEqual(1);
    expect(at(0, 0)).toBe(Math.max(...grid.values));
    expect(grid.values.every((v) => Number.isFinite(v))).toBe(true);
  });
});

describe('geometry helpers', () => {
  it('widens the plot only for large balloons far from the skin', () => {
    expect(plotHalfWidthCm(2.2, 1.2)).toBe(4);
    expect(plotHalfWidthCm(3.6, 1.5)).toBe(6);
    expect(plotHalfWidthCm(3.6, 10)).toBe(6);
  });

  it('draws a closed circle of the given radius', () => {
    const points = circlePoints(2, 8);
    expect(points).toHaveLength(9);
    expect(points[0]?.x).toBeCloseTo(2, 12);
    expect(points[8]?.x).toBeCloseTo(2, 12);
    expect(points[2]?.z).toBeCloseTo(2, 12);
  });
});

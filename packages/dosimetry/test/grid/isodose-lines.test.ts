import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isodoseSegments, type IsodoseGrid } from '../../src/index.ts';

/** A grid whose value at (x, z) is f(x, z), 0.1 cm spacing. */
function gridOf(halfWidthCm: number, f: (x: number, z: number) => number): IsodoseGrid {
  const spacingCm = 0.1;
  const half = Math.round(halfWidthCm / spacingCm);
  const size = 2 * half + 1;
  const values = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1)
    for (let column = 0; column < size; column += 1)
      values[row * size + column] = f((column - half) * spacingCm, (row - half) * spacingCm);
  return { size, halfWidthCm: half * spacingCm, spacingCm, values, filledCount: 0 };
}

describe('isodoseSegments', () => {
  it('traces a closed circle for a radially falling dose, every point within 0.01 cm of it', () => {
    // Dose 20 / r²: the line at 20 / 1.05² Gy is the circle r = 1.05 cm (through no grid point).
    const grid = gridOf(2, (x, z) => 20 / Math.max(x * x + z * z, 1e-6));
    const segments = isodoseSegments(grid, 20 / 1.05 ** 2);
    expect(segments.length).toBeGreaterThan(40);
    for (const s of segments) {
      expect(Math.abs(Math.hypot(s.x1, s.z1) - 1.05)).toBeLessThan(0.01);
      expect(Math.abs(Math.hypot(s.x2, s.z2) - 1.05)).toBeLessThan(0.01);
    }
    // The pieces join into a closed line: every end point is the start of another piece.
    const key = (x: number, z: number) => `${x.toFixed(6)},${z.toFixed(6)}`;
    const starts = new Map<string, number>();
    for (const s of segments) {
      for (const k of [key(s.x1, s.z1), key(s.x2, s.z2)]) starts.set(k, (starts.get(k) ?? 0) + 1);
    }
    expect([...starts.values()].every((n) => n === 2)).toBe(true);
  });

  it('gives nothing for a level above or below every value', () => {
    const grid = gridOf(1, (x) => 5 + x);
    expect(isodoseSegments(grid, 100)).toEqual([]);
    expect(isodoseSegments(grid, 0)).toEqual([]);
  });

  it('puts a straight line where a linear dose crosses the level (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: -0.8, max: 0.8, noNaN: true }),
        (slope, crossingCm) => {
          const grid = gridOf(1, (x) => 10 + slope * (x - crossingCm));
          const segments = isodoseSegments(grid, 10);
          expect(segments.length).toBeGreaterThan(0);
          for (const s of segments) {
            expect(s.x1).toBeCloseTo(crossingCm, 9);
            expect(s.x2).toBeCloseTo(crossingCm, 9);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('splits a saddle cell without crossing lines', () => {
    // Corners above at (0,0) and (1,1), below at (1,0) and (0,1): two pieces, not four.
    const grid: IsodoseGrid = {
      size: 2,
      halfWidthCm: 0,
      spacingCm: 1,
      values: Float64Array.from([10, 0, 0, 10]),
      filledCount: 0,
    };
    expect(isodoseSegments(grid, 5)).toHaveLength(2);
  });
});

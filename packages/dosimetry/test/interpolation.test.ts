import { describe, expect, it } from 'vitest';
import { anisotropy, linearClamped, radialDose } from '../src/index.ts';

describe('radialDose (TG-43U1S1 §III.C)', () => {
  it('interpolates log-linearly: g(1.5) = 0.894 between (1.0, 1.000) and (2.0, 0.800)', () => {
    // Worked example reported for TG-43U1S1 Eq. 3 (physics.md §1.3); tolerance: 3 decimals as published.
    expect(radialDose([1, 2], [1, 0.8], 1.5)).toBeCloseTo(0.894, 3);
  });

  it('extrapolates beyond the table by the exponential through the last two nodes: g(6) = 0.300', () => {
    // TG-43U1S1 Eq. 4 example (physics.md §1.3): 0.391²/0.510 = 0.29977; 3 decimals as published.
    expect(radialDose([4, 5], [0.51, 0.391], 6)).toBeCloseTo(0.3, 3);
  });

  it('holds the first value below the table (zeroth order)', () => {
    expect(radialDose([0.5, 1, 2], [1.434, 1, 0.636], 0.2)).toBe(1.434);
  });

  it('returns the tabulated values at the nodes', () => {
    const r = [0.5, 1, 2, 5, 10];
    const g = [1.434, 1, 0.636, 0.283, 0.0975];
    r.forEach((ri, i) => {
      expect(radialDose(r, g, ri)).toBeCloseTo(g[i] ?? 0, 12);
    });
  });
});

describe('linearClamped and anisotropy', () => {
  it('interpolates φan linearly and clamps at both ends', () => {
    expect(linearClamped([1, 3], [0.9, 1.1], 2)).toBeCloseTo(1.0, 12);
    expect(linearClamped([1, 3], [0.9, 1.1], 0.2)).toBe(0.9);
    expect(linearClamped([1, 3], [0.9, 1.1], 9)).toBe(1.1);
  });

  it('interpolates F bilinearly and clamps r to the table', () => {
    const table = {
      rCm: [1, 2],
      thetaDeg: [0, 90],
      F: [
        [0.5, 0.7],
        [1, 1],
      ],
    };
    expect(anisotropy(table, 1.5, 0)).toBeCloseTo(0.6, 12);
    expect(anisotropy(table, 1, 45)).toBeCloseTo(0.75, 12);
    expect(anisotropy(table, 1.5, 45)).toBeCloseTo(0.8, 12);
    expect(anisotropy(table, 0.2, 0)).toBeCloseTo(0.5, 12);
    expect(anisotropy(table, 7, 0)).toBeCloseTo(0.7, 12);
  });
});

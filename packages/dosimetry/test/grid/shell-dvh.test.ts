import { describe, expect, it } from 'vitest';
import {
  computeDoseGrid,
  cumulativeDvh,
  shellDvh,
  type Dvh,
  type Dwell,
  type ShellDvhOptions,
  type SourceModel,
} from '../../src/index.ts';
import { catheterDwells, demoPoint, syntheticLine } from './fixtures.ts';

const STRENGTH_U = 10_000;

function expectWellFormed(dvh: Dvh, prescriptionGy: number) {
  expect(dvh.doseGy[0]).toBe(0);
  expect(dvh.volumePercent[0]).toBe(100);
  expect(dvh.doseGy).toHaveLength(dvh.volumePercent.length);
  for (let k = 1; k < dvh.doseGy.length; k += 1) {
    expect(dvh.doseGy[k]).toBeGreaterThan(dvh.doseGy[k - 1] ?? Infinity);
    expect(dvh.volumePercent[k]).toBeLessThanOrEqual(dvh.volumePercent[k - 1] ?? -1);
  }
  // V90 … V200 are points of the curve: the volume at exactly that fraction of the prescription.
  for (const [percent, v] of [
    [90, dvh.v90],
    [100, dvh.v100],
    [150, dvh.v150],
    [200, dvh.v200],
  ] as const) {
    const k = dvh.doseGy.indexOf((percent / 100) * prescriptionGy);
    expect(k, `level ${String(percent)} %`).toBeGreaterThan(0);
    expect(v).toBe(dvh.volumePercent[k]);
  }
}

describe('cumulativeDvh', () => {
  it('counts voxels at or above each level; undefined voxels count at every level', () => {
    const dvh = cumulativeDvh(
      new Float64Array([0, 1, 2, 3, NaN]),
      new Uint8Array([1, 1, 1, 1, 1]),
      5,
      0.001,
      2,
    );
    expect(dvh.volumeCc).toBeCloseTo(0.005, 12);
    expect(dvh.undefinedVoxelCount).toBe(1);
    expect([dvh.v90, dvh.v100, dvh.v150, dvh.v200]).toEqual([60, 60, 40, 20]);
    expect(dvh.volumePercent.at(-1)).toBe(20);
    expectWellFormed(dvh, 2);
  });

  it('weights voxels (mirror images counted once)', () => {
    const dvh = cumulativeDvh(new Float64Array([1, 3]), new Uint8Array([3, 1]), 2, 1, 2);
    expect(dvh.volumeCc).toBe(4);
    expect(dvh.v100).toBe(25);
  });

  it('coarsens the step for very high doses but keeps the V levels on the curve', () => {
    const dvh = cumulativeDvh(new Float64Array([1, 100]), new Uint8Array([1, 1]), 2, 1, 1);
    expect(dvh.doseGy.length).toBeLessThanOrEqual(2002);
    expectWellFormed(dvh, 1);
  });
});

describe('shellDvh', () => {
  it('hand check: one point source with g = 1 follows the inverse square law', () => {
    // D(r) = S_K·Λ·t / r² = 100 U × 8.52 cGy/(h·U) × 1 h / r² = 8.52 Gy cm² / r². A shell point
    // receives ≥ x·Rx where r ≤ r_x = 2.5/√x (Rx = D(2.5 cm)), so the fraction of the shell
    // 2 < r ≤ 3 cm above that level is (r_x³ − 2³)/(3³ − 2³), clamped to [0, 1]. The grid counts
    // voxel centres; for a sphere of 30 voxel radii the count differs from the volume by a
    // fraction of a percent (lattice points in a sphere: error ~ R^1.5 voxels), so 1.5 points of
    // percentage is generous; the volume is 4/3·π·(27 − 8) = 79.59 cc within 1 %.
    const flat: SourceModel = {
      ...demoPoint,
      radialDoseFunction: { rCm: [1], g: [1] },
      anisotropyFactor: { rCm: [1], phiAn: [1] },
    };
    const dwell: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 3600 };
    const prescriptionGy = 8.52 / 6.25;
    const dvh = shellDvh(flat, 100, [dwell], {
      balloonRadiusCm: 2,
      shellThicknessCm: 1,
      skinClipCm: 0.5,
      spacingCm: 0.1,
      prescriptionGy,
    });
    expectWellFormed(dvh, prescriptionGy);
    expect(dvh.volumeCc / ((4 / 3) * Math.PI * 19) - 1).toBeLessThan(0.01);
    const analytic = (doseGy: number) => {
      const rx = doseGy === 0 ? Infinity : Math.sqrt(8.52 / doseGy);
      return (100 * (Math.min(Math.max(rx, 2), 3) ** 3 - 8)) / 19;
    };
    dvh.doseGy.forEach((d, k) => {
      expect(Math.abs((dvh.volumePercent[k] ?? 0) - analytic(d)), `${String(d)} Gy`).toBeLessThan(
        1.5,
      );
    });
    expect(dvh.v100).toBeCloseTo(40.13, 0); // (2.5³ − 8)/19
    expect(dvh.v200).toBe(0); // r ≤ 1.77 cm: inside the balloon
  });

  const plan = (model: SourceModel, extra: Partial<ShellDvhOptions> = {}) => {
    const dwells = catheterDwells(7, 0.5, 60);
    const options: ShellDvhOptions = {
      balloonRadiusCm: 2.25,
      shellThicknessCm: 1,
      skinClipCm: 0.5,
      spacingCm: 0.1,
      prescriptionGy: 5,
      ...extra,
    };
    return { dwells, options, dvh: shellDvh(model, STRENGTH_U, dwells, options) };
  };

  for (const model of [demoPoint, syntheticLine]) {
    it(`${model.geometry} source: equals the DVH of the full grid restricted to the shell`, () => {
      const { dwells, options, dvh } = plan(model);
      expectWellFormed(dvh, options.prescriptionGy);
      // Brute force: every voxel of the bounding grid, no mirror weights.
      const n = 33;
      const h = 0.1;
      const doses = computeDoseGrid(
        model,
        STRENGTH_U,
        dwells,
        {
          originCm: [-n * h, -n * h, -n * h],
          spacingCm: h,
          size: [2 * n + 1, 2 * n + 1, 2 * n + 1],
        },
        undefined,
        { symmetry: false, zShift: false },
      );
      const inShell: number[] = [];
      for (let k = 0; k <= 2 * n; k += 1)
        for (let j = 0; j <= 2 * n; j += 1)
          for (let i = 0; i <= 2 * n; i += 1) {
            const [x, y, z] = [(i - n) * h, (j - n) * h, (k - n) * h];
            const r2 = x * x + y * y + z * z;
            if (r2 > 2.25 * 2.25 && r2 <= 3.25 * 3.25)
              inShell.push(doses[i + (2 * n + 1) * (j + (2 * n + 1) * k)] ?? NaN);
          }
      const brute = cumulativeDvh(
        new Float64Array(inShell),
        new Uint8Array(inShell.length).fill(1),
        inShell.length,
        h ** 3,
        options.prescriptionGy,
      );
      expect(dvh.volumeCc).toBeCloseTo(brute.volumeCc, 9);
      // Float32 grid vs Float64 shell doses: a voxel may sit within 10⁻⁷ of a level.
      for (const key of ['v90', 'v100', 'v150', 'v200'] as const)
        expect(Math.abs(dvh[key] - brute[key]), key).toBeLessThan(0.01);
      expect(dvh.v100).toBeGreaterThan(0);
      expect(dvh.v100).toBeLessThan(100);
    });
  }

  it('clips the shell 5 mm under the skin, in every direction, when that is closer', () => {
    const sphere = (r: number) => (4 / 3) * Math.PI * r ** 3;
    const free = plan(syntheticLine).dvh;
    const farSkin = plan(syntheticLine, { skinDistanceCm: 2 }).dvh; // 2.25 + 2 − 0.5 > 3.25
    expect(farSkin).toEqual(free);
    const nearSkin = plan(syntheticLine, { skinDistanceCm: 1.2 }).dvh; // outer 2.25 + 0.7
    expect(nearSkin.volumeCc / (sphere(2.95) - sphere(2.25)) - 1).toBeLessThan(0.01);
    expect(nearSkin.volumeCc).toBeLessThan(free.volumeCc);
    // Clipping removes the outer, low-dose tissue: coverage can only rise.
    expect(nearSkin.v90).toBeGreaterThanOrEqual(free.v90);
    const none = plan(syntheticLine, { skinDistanceCm: 0.4 }).dvh;
    expect(none.volumeCc).toBe(0);
    expect(none.doseGy).toEqual([]);
  });

  it('rejects impossible options', () => {
    expect(() => plan(demoPoint, { spacingCm: 0 })).toThrow(RangeError);
    expect(() => plan(demoPoint, { balloonRadiusCm: -1 })).toThrow(RangeError);
    expect(() => plan(demoPoint, { prescriptionGy: 0 })).toThrow(RangeError);
    expect(() => plan(demoPoint, { skinDistanceCm: -0.1 })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeDoseGrid,
  doseAtPointsGy,
  gridEvaluations,
  gridStats,
  mirrorAxis,
  translationAlongZ,
  type Dwell,
  type GridSpec,
  type Point3,
  type SourceModel,
} from '../../src/index.ts';
import { catheterDwells, demoPoint, syntheticLine } from './fixtures.ts';

const STRENGTH_U = 10_000;

/** Voxel centres exactly as the grid defines them: origin + index × spacing, x fastest. */
function voxelCentres(grid: GridSpec): Point3[] {
  const [nx, ny, nz] = grid.size;
  const [ox, oy, oz] = grid.originCm;
  const h = grid.spacingCm;
  const points: Point3[] = [];
  for (let k = 0; k < nz; k += 1)
    for (let j = 0; j < ny; j += 1)
      for (let i = 0; i < nx; i += 1) points.push([ox + i * h, oy + j * h, oz + k * h]);
  return points;
}

/** Centred on the catheter: both mirror planes hold (dwells sit on voxel centres too). */
const centred: GridSpec = { originCm: [-1.5, -1.2, -1.5], spacingCm: 0.1, size: [31, 25, 31] };
/** Off-centre and coarser: no symmetry, every voxel evaluated. */
const offCentre: GridSpec = {
  originCm: [-1.33, -0.91, -2.07],
  spacingCm: 0.17,
  size: [19, 14, 23],
};
/** Dwells 0.3 cm apart on the z axis; with 0.1 cm voxels some centres lie on a dwell. */
const dwells: Dwell[] = catheterDwells(6, 0.3);

describe('computeDoseGrid', () => {
  /** A source tilted in the x–z plane: only the y mirror plane holds (for a line source). */
  const tilted: Dwell[] = dwells.map((d) => ({ ...d, axis: [0.6, 0, 0.8] as const }));
  for (const model of [demoPoint, syntheticLine]) {
    for (const [name, grid, set] of [
      ['centred (mirrored, shifted)', centred, dwells],
      ['off-centre', offCentre, dwells],
      ['centred, tilted source (y mirror, shifted)', centred, tilted],
    ] as const) {
      it(`${model.geometry} source, ${name} grid: equals doseAtPointsGy at voxel centres within 0.1 %`, () => {
        const doses = computeDoseGrid(model, STRENGTH_U, set, grid);
        const exact = doseAtPointsGy(model, STRENGTH_U, set, voxelCentres(grid));
        expect(doses.length).toBe(exact.length);
        let worst = 0;
        exact.forEach((e, n) => {
          const d = doses[n] ?? 0;
          if (e === null) expect(d, `voxel ${String(n)}`).toBeNaN();
          else worst = Math.max(worst, Math.abs(d / e - 1));
        });
        expect(worst).toBeLessThanOrEqual(1e-3);
        // Undefined voxels: exactly those doseAtPointsGy leaves without dose.
        const nulls = exact.filter((e) => e === null).length;
        expect(gridStats(doses).undefinedVoxelCount).toBe(nulls);
        if (grid === centred) expect(nulls).toBeGreaterThan(0);
      });
    }
  }

  it('finds the mirror planes of a catheter through the grid centre, and only then', () => {
    expect(mirrorAxis(syntheticLine, dwells, centred, 0)).toBe(true);
    expect(mirrorAxis(syntheticLine, dwells, centred, 1)).toBe(true);
    expect(mirrorAxis(syntheticLine, dwells, offCentre, 0)).toBe(false);
    const tilted = dwells.map((d) => ({ ...d, axis: [0.6, 0, 0.8] as const }));
    expect(mirrorAxis(syntheticLine, tilted, centred, 0)).toBe(false);
    expect(mirrorAxis(syntheticLine, tilted, centred, 1)).toBe(true);
    expect(mirrorAxis(demoPoint, tilted, centred, 0)).toBe(true); // a point source has no axis
  });

  it('finds dwells that are whole-voxel shifts of one another along z, and only then', () => {
    const found = translationAlongZ(syntheticLine, dwells, centred);
    expect(found?.span).toBe(15); // 0.3 cm steps on a 0.1 cm grid: 3 voxels apart
    expect([...(found?.shifts ?? [])]).toEqual([0, 3, 6, 9, 12, 15]);
    expect(translationAlongZ(syntheticLine, dwells, offCentre)).toBeNull(); // 0.3 / 0.17
    const turned = dwells.map((d, n) => (n === 2 ? { ...d, axis: [0, 0, -1] as const } : d));
    expect(translationAlongZ(syntheticLine, turned, centred)).toBeNull();
    expect(translationAlongZ(demoPoint, turned, centred)).not.toBeNull(); // no axis
    const offAxis = dwells.map((d, n) =>
      n === 2 ? { ...d, positionCm: [0.1, 0, 0] as const } : d,
    );
    expect(translationAlongZ(syntheticLine, offAxis, centred)).toBeNull();
    expect(translationAlongZ(syntheticLine, dwells.slice(0, 1), centred)).toBeNull();
  });

  it('counts the evaluations each shortcut leaves', () => {
    const all = 31 * 25 * 31 * dwells.length;
    const none = { symmetry: false, zShift: false };
    expect(gridEvaluations(syntheticLine, dwells, centred, none)).toBe(all);
    expect(gridEvaluations(syntheticLine, dwells, centred, { zShift: false })).toBe(
      16 * 13 * 31 * dwells.length,
    );
    expect(gridEvaluations(syntheticLine, dwells, centred)).toBe(16 * 13 * (31 + 15));
    expect(gridEvaluations(syntheticLine, dwells, offCentre)).toBe(19 * 14 * 23 * dwells.length);
  });

  it('gives the same doses with and without the mirror and shift shortcuts', () => {
    for (const model of [demoPoint, syntheticLine]) {
      const fast = computeDoseGrid(model, STRENGTH_U, dwells, centred);
      const full = computeDoseGrid(model, STRENGTH_U, dwells, centred, undefined, {
        symmetry: false,
        zShift: false,
      });
      fast.forEach((d, n) => {
        const e = full[n] ?? 0;
        if (Number.isNaN(e)) expect(d).toBeNaN();
        else expect(Math.abs(d / e - 1)).toBeLessThan(1e-6);
      });
    }
  });

  it('gives the same array when the z planes are split into slabs', () => {
    for (const model of [demoPoint, syntheticLine]) {
      for (const grid of [centred, offCentre]) {
        const whole = computeDoseGrid(model, STRENGTH_U, dwells, grid);
        const nz = grid.size[2];
        const cuts = [0, 1, 7, Math.floor(nz / 2), nz - 1, nz];
        const parts = cuts
          .slice(1)
          .map((z1, s) => computeDoseGrid(model, STRENGTH_U, dwells, grid, [cuts[s] ?? 0, z1]));
        const joined = new Float32Array(whole.length);
        let offset = 0;
        for (const part of parts) {
          joined.set(part, offset);
          offset += part.length;
        }
        expect(offset).toBe(whole.length);
        expect(joined).toEqual(whole);
      }
    }
  });

  it('handles a grid of one voxel, no dwells, and rejects malformed grids', () => {
    const one: GridSpec = { originCm: [1, 0, 0], spacingCm: 0.1, size: [1, 1, 1] };
    const [d] = computeDoseGrid(demoPoint, STRENGTH_U, [dwells[0] as Dwell], one);
    const [e] = doseAtPointsGy(demoPoint, STRENGTH_U, [dwells[0] as Dwell], [[1, 0, 0]]);
    expect(Math.abs((d ?? 0) / (e ?? 1) - 1)).toBeLessThan(1e-7);
    expect([...computeDoseGrid(demoPoint, STRENGTH_U, [], centred, [0, 1])]).toEqual(
      new Array(31 * 25).fill(0),
    );
    const bad = (grid: Partial<GridSpec>, zRange?: [number, number]) => () =>
      computeDoseGrid(demoPoint, STRENGTH_U, dwells, { ...centred, ...grid }, zRange);
    expect(bad({ spacingCm: 0 })).toThrow(RangeError);
    expect(bad({ size: [10, 0, 10] })).toThrow(RangeError);
    expect(bad({ size: [10, 2.5, 10] })).toThrow(RangeError);
    expect(bad({ originCm: [0, Infinity, 0] })).toThrow(RangeError);
    expect(bad({}, [5, 40])).toThrow(RangeError);
    expect(bad({}, [6, 5])).toThrow(RangeError);
    expect(computeDoseGrid(demoPoint, STRENGTH_U, dwells, centred, [4, 4])).toHaveLength(0);
  });
});

describe('gridStats', () => {
  it('counts voxels and undefined voxels; mean and maximum over the defined ones', () => {
    const doses = new Float32Array([1, NaN, 3, 0.5, NaN, 7.5]);
    expect(gridStats(doses)).toEqual({
      voxelCount: 6,
      undefinedVoxelCount: 2,
      meanGy: 3,
      maxGy: 7.5,
    });
  });

  it('gives NaN mean and maximum when nothing is defined, and handles an empty grid', () => {
    expect(gridStats(new Float32Array([NaN]))).toEqual({
      voxelCount: 1,
      undefinedVoxelCount: 1,
      meanGy: NaN,
      maxGy: NaN,
    });
    expect(gridStats(new Float32Array(0)).voxelCount).toBe(0);
  });

  it('agrees with a direct computation on a real grid', () => {
    const model: SourceModel = syntheticLine;
    const doses = computeDoseGrid(model, STRENGTH_U, dwells, centred);
    const defined = [...doses].filter((d) => !Number.isNaN(d));
    const stats = gridStats(doses);
    expect(stats.voxelCount).toBe(31 * 25 * 31);
    expect(stats.undefinedVoxelCount).toBe(doses.length - defined.length);
    expect(stats.maxGy).toBe(Math.max(...defined));
    expect(stats.meanGy).toBeCloseTo(defined.reduce((s, d) => s + d, 0) / defined.length, 9);
  });
});

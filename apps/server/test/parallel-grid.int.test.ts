import { afterAll, describe, expect, it } from 'vitest';
import {
  computeDoseGrid,
  gridStats,
  shippedModel,
  type Dwell,
  type GridSpec,
  type SourceModel,
} from '@openiort/dosimetry';
import { computeDoseGridParallel, GridWorkerPool } from '../src/dosimetry/parallel-grid.ts';

const demo = shippedModel('demo-50kv-ebx') as SourceModel;
/** SYNTHETIC line source (invented F values, test data only). */
const line: SourceModel = {
  ...demo,
  id: 'synthetic-line',
  geometry: 'line',
  activeLengthCm: 0.3,
  anisotropyFactor: undefined,
  anisotropyFunction: {
    rCm: [0.5, 2, 10],
    thetaDeg: [0, 2, 10, 45, 90, 135, 170, 178, 180],
    F: [
      [0.5, 0.55, 0.6],
      [0.58, 0.62, 0.66],
      [0.78, 0.8, 0.82],
      [0.95, 0.96, 0.97],
      [1, 1, 1],
      [0.96, 0.97, 0.98],
      [0.8, 0.82, 0.85],
      [0.62, 0.66, 0.7],
      [0.55, 0.6, 0.65],
    ],
  },
  provenance: { source: 'synthetic test data', clinicalUse: false },
};
const dwells: Dwell[] = Array.from({ length: 9 }, (_, n) => ({
  positionCm: [0, 0, (n - 4) * 0.3],
  axis: [0, 0, 1],
  timeS: 20 + n,
}));
/** With 0.3 cm dwell steps the centred grid uses the mirror and z-shift shortcuts, the other none. */
const centred: GridSpec = { originCm: [-2.5, -2.5, -2.5], spacingCm: 0.1, size: [51, 51, 51] };
const offCentre: GridSpec = { originCm: [-2.13, -1.9, -3], spacingCm: 0.13, size: [37, 29, 45] };

const pool = new GridWorkerPool(2);
afterAll(async () => {
  await pool.close();
});

describe('computeDoseGridParallel', () => {
  for (const model of [demo, line]) {
    for (const [name, grid] of [
      ['centred', centred],
      ['off-centre', offCentre],
    ] as const) {
      it(`${model.geometry} source, ${name} grid: identical to the single-threaded grid`, async () => {
        const single = computeDoseGrid(model, 10_000, dwells, grid);
        const pooled = await computeDoseGridParallel(model, 10_000, dwells, grid, {
          pool,
          smallGridEvaluations: 0,
        });
        expect(pooled.workers).toBe(2);
        expect(pooled.doseGy).toEqual(single);
        expect(pooled.stats).toEqual(gridStats(single));
        expect(pooled.computeMs).toBeGreaterThan(0);
        if (grid === centred) expect(pooled.stats.undefinedVoxelCount).toBeGreaterThan(0);
      });
    }
  }

  it('starts and stops its own workers when no pool is given', async () => {
    const single = computeDoseGrid(line, 10_000, dwells, offCentre, undefined, {
      symmetry: false,
      zShift: false,
    });
    const spawned = await computeDoseGridParallel(line, 10_000, dwells, offCentre, {
      workers: 3,
      smallGridEvaluations: 0,
      gridOptions: { symmetry: false, zShift: false },
    });
    expect(spawned.workers).toBe(3);
    expect(spawned.doseGy).toEqual(single);
  });

  it('computes small grids on the calling thread', async () => {
    const small: GridSpec = { originCm: [1, 1, 1], spacingCm: 0.2, size: [5, 5, 5] };
    const result = await computeDoseGridParallel(demo, 10_000, dwells, small, { pool });
    expect(result.workers).toBe(0);
    expect(result.doseGy).toEqual(computeDoseGrid(demo, 10_000, dwells, small));
  });

  it('runs concurrent calls on one pool one after another, each with its own answer', async () => {
    const [a, b] = await Promise.all([
      computeDoseGridParallel(demo, 10_000, dwells, offCentre, { pool, smallGridEvaluations: 0 }),
      computeDoseGridParallel(line, 5_000, dwells, centred, { pool, smallGridEvaluations: 0 }),
    ]);
    expect(a.doseGy).toEqual(computeDoseGrid(demo, 10_000, dwells, offCentre));
    expect(b.doseGy).toEqual(computeDoseGrid(line, 5_000, dwells, centred));
  });

  it('rejects a malformed grid before starting any work', async () => {
    await expect(
      computeDoseGridParallel(demo, 10_000, dwells, { ...centred, spacingCm: -1 }, { pool }),
    ).rejects.toThrow(RangeError);
  });

  it('reports a failure inside a worker and keeps the pool usable', async () => {
    const broken = { ...line, radialDoseFunction: undefined } as unknown as SourceModel;
    await expect(
      computeDoseGridParallel(broken, 10_000, dwells, centred, { pool, smallGridEvaluations: 0 }),
    ).rejects.toThrow(/grid worker/);
    const after = await computeDoseGridParallel(demo, 10_000, dwells, centred, {
      pool,
      smallGridEvaluations: 0,
    });
    expect(after.doseGy).toEqual(computeDoseGrid(demo, 10_000, dwells, centred));
  });
});

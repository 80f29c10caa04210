import fs from 'node:fs';
import {
  DEMONSTRATION_LABEL,
  SHIPPED_MODELS,
  computeDoseGrid,
  gridStats,
} from '@openiort/dosimetry';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../src/dosimetry/canonical-json.ts';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { DEMO_ID, FLAT_POINT_MODEL } from './plan-fixtures.ts';

interface DoseAnswer {
  source: { id: string; checksum: string; clinicalUse: boolean };
  airKermaStrengthU: number;
  pointDoseGy: (number | null)[];
  grid?: {
    voxelCount: number;
    undefinedVoxelCount: number;
    meanGy: number | null;
    maxGy: number | null;
    computeMs: number;
    workers: number;
  };
  warnings: string[];
}

const ALONG_Z = [0, 0, 1] as const;

describe('openiort dose', () => {
  const scratch = scratchDir('openiort-dose-');
  const file = scratch.write;
  // A DATABASE_URL pointing nowhere: shipped and inline models need no database.
  const run = (args: string[], input = '') =>
    runCliCaptured(
      ['dose', ...args],
      { DATABASE_URL: `sqlite:${scratch.path('absent', 'none.db')}` },
      input,
    );

  it('follows the inverse square law for an inline flat point model (hand check)', async () => {
    // Λ = 1, g = 1: rate = S_K / r² cGy/h. 3600 U for 100 s at 2 cm: 900 cGy/h × 100 s = 0.25 Gy.
    const request = {
      source: FLAT_POINT_MODEL,
      airKermaStrengthU: 3600,
      dwells: [{ positionCm: [0, 0, 0], axis: ALONG_Z, timeS: 100 }],
      points: [
        [1, 0, 0],
        [0, 2, 0],
        [0, 0, -4],
      ],
    };
    const result = await run([file('flat.json', request)]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const answer = JSON.parse(result.out) as DoseAnswer;
    const [at1, at2, at4] = answer.pointDoseGy;
    expect(at1).toBeCloseTo(1, 12);
    expect(at2).toBeCloseTo(0.25, 12);
    expect(at4).toBeCloseTo(1 / 16, 12);
    expect(answer.grid).toBeUndefined();
    expect(answer.source).toEqual({
      id: FLAT_POINT_MODEL.id,
      checksum: checksumOf(FLAT_POINT_MODEL),
      clinicalUse: false,
    });
  });

  it('adds the dwells and gives null for a point on a dwell', async () => {
    const request = {
      source: FLAT_POINT_MODEL,
      airKermaStrengthU: 3600,
      dwells: [
        { positionCm: [0, 0, -1], axis: ALONG_Z, timeS: 100 },
        { positionCm: [0, 0, 1], axis: ALONG_Z, timeS: 50 },
      ],
      points: [
        [0, 0, 0],
        [0, 0, 1],
      ],
    };
    const answer = JSON.parse((await run([file('two.json', request)])).out) as DoseAnswer;
    expect(answer.pointDoseGy[0]).toBeCloseTo(1 + 0.5, 12);
    expect(answer.pointDoseGy[1]).toBeNull();
  });

  it('reads stdin for "-", uses the shipped model by id with its nominal strength, and summarises a grid', async () => {
    const request = {
      source: DEMO_ID,
      dwells: [{ positionCm: [0, 0, 0], axis: ALONG_Z, timeS: 60 }],
      points: [[1, 0, 0]],
      grid: { originCm: [-1, -1, -1], spacingCm: 0.5, size: [5, 5, 5] },
    };
    const result = await run(['-'], JSON.stringify(request));
    expect(result).toMatchObject({ code: 0, err: '' });
    const answer = JSON.parse(result.out) as DoseAnswer;
    const demo = SHIPPED_MODELS.find((m) => m.id === DEMO_ID);
    expect(answer.airKermaStrengthU).toBe(demo?.nominalAirKermaStrengthU);
    // S_K·Λ = 85 200 cGy/h at 1 cm (physics.md §2.3): 60 s give 14.2 Gy.
    expect(answer.pointDoseGy[0]).toBeCloseTo(14.2, 6);
    expect(answer.grid).toMatchObject({ voxelCount: 125, undefinedVoxelCount: 1 });
    expect(answer.grid?.meanGy).toBeGreaterThan(0);
    // Nearest voxels 0.5 cm away: 14.2 Gy × (1/0.5)² × g(0.5 cm) = 14.2 × 4 × 1.434.
    expect(answer.grid?.maxGy).toBeCloseTo(14.2 * 4 * 1.434, 3);
    expect(answer.grid?.computeMs).toBeGreaterThanOrEqual(0);
    expect(answer.grid?.workers).toBe(0);
    expect(answer.warnings).toEqual([DEMONSTRATION_LABEL]);
  });

  it('computes a large grid with the same answer as the single-threaded engine', async () => {
    // Whether it uses worker threads depends on the work left after the grid shortcuts
    // (parallel-grid.int.test.ts tests the workers themselves); the answer must not.
    const dwells = [
      { positionCm: [0, 0, -0.5], axis: ALONG_Z, timeS: 60 },
      { positionCm: [0, 0, 0.5], axis: ALONG_Z, timeS: 30 },
    ] as const;
    const grid = { originCm: [-2.45, -2.45, -2.45], spacingCm: 0.05, size: [99, 99, 99] } as const;
    const result = await run(['-'], JSON.stringify({ source: DEMO_ID, dwells, points: [], grid }));
    expect(result).toMatchObject({ code: 0, err: '' });
    const answer = JSON.parse(result.out) as DoseAnswer;
    const demo = SHIPPED_MODELS.find((m) => m.id === DEMO_ID);
    if (demo === undefined) throw new Error('no demo model');
    const single = gridStats(computeDoseGrid(demo, 10000, dwells, grid));
    expect(answer.grid).toMatchObject({
      voxelCount: 99 ** 3,
      undefinedVoxelCount: single.undefinedVoxelCount,
    });
    expect(answer.grid?.meanGy).toBeCloseTo(single.meanGy, 9);
    expect(answer.grid?.maxGy).toBe(single.maxGy);
    expect(answer.grid?.workers).toBeGreaterThanOrEqual(0);
  });

  it('names every bad field by its path and exits 2', async () => {
    const request = {
      source: DEMO_ID,
      airKermaStrengthU: 0,
      dwells: [
        { positionCm: [0, 0, 0], axis: ALONG_Z, timeS: 10 },
        { positionCm: [0, 0, 0.5], axis: [0, 0, 0], timeS: 10 },
        { positionCm: [0, 0, 1], axis: [0, 0.8, 0.5], timeS: -1 },
      ],
      points: [[1, 'x', 0]],
      grid: { originCm: [0, 0, 0], spacingCm: 0.1, size: [200, 200, 200] },
      colour: 'blue',
    };
    const result = await run([file('bad.json', request)]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^airKermaStrengthU: must be a positive number/m);
    expect(result.err).toMatch(/^dwells\[1\]\.axis: must be a unit vector; \[0, 0, 0\]/m);
    expect(result.err).toMatch(/^dwells\[2\]\.axis: must be a unit vector \(its length is 0\.943/m);
    expect(result.err).toMatch(/^dwells\[2\]\.timeS: must be a number of seconds/m);
    expect(result.err).toMatch(/^points\[0\]: must be three numbers/m);
    expect(result.err).toMatch(/^grid\.size: has 8000000 voxels; at most 1000000/m);
    expect(result.err).toMatch(/^colour: is not a known field/m);
    expect(result.err).not.toMatch(/dwells\[0\]/);
  });

  it('names bad fields of an inline model under source.', async () => {
    const model = {
      ...FLAT_POINT_MODEL,
      radialDoseFunction: { rCm: [0.5, 1, 5], g: [1.2, 1.1, 0.9] },
    };
    const result = await run([
      file('bad-model.json', {
        source: model,
        airKermaStrengthU: 1,
        dwells: [{ positionCm: [0, 0, 0], axis: ALONG_Z, timeS: 1 }],
        points: [[1, 0, 0]],
      }),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^source\.radialDoseFunction\.g: g\(1 cm\) must be 1/m);
  });

  it('normalises an axis within 1e-6 of unit length', async () => {
    const request = {
      source: FLAT_POINT_MODEL,
      airKermaStrengthU: 3600,
      dwells: [{ positionCm: [0, 0, 0], axis: [0, 0, 1 + 5e-7], timeS: 100 }],
      points: [[0, 2, 0]],
    };
    const result = await run([file('near-unit.json', request)]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as DoseAnswer).pointDoseGy[0]).toBeCloseTo(0.25, 12);
  });

  it('refuses an unknown source id, and shows how to call it without a file', async () => {
    const unknown = await run([
      file('unknown.json', {
        source: 'no-such-model',
        airKermaStrengthU: 1,
        dwells: [{ positionCm: [0, 0, 0], axis: ALONG_Z, timeS: 1 }],
        points: [[1, 0, 0]],
      }),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^source: no source model with id "no-such-model"/m);
    expect(fs.existsSync(scratch.path('absent'))).toBe(false);
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/Usage: npx openiort dose FILE\|-/);
  });
});

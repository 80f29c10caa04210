import fs from 'node:fs';
import { createDoseKernel, type SourceModel } from '@openiort/dosimetry';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { checksumOf } from '../src/dosimetry/canonical-json.ts';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** Invented tables (not any real source's data). */
const G_CSV = 'r_cm,g\n0.5,1.30\n1,1\n2,0.70\n5,0.30\n';
const F_CSV = [
  '# invented F(r, theta) for tests',
  'theta_deg,0.5,1,2',
  '0,0.60,0.65,0.70',
  '45,0.90,0.92,0.95',
  '90,1,1,1',
  '135,0.90,0.92,0.95',
  '180,0.60,0.65,0.70',
  '',
].join('\n');
const PHI_CSV = 'r_cm,phi_an\n1,0.95\n3,0.97\n';

/**
 * Invented tables laid out like published consensus data: an r = 0 row in g, an r = 0 column
 * in F and blank F cells inside the source (θ = 0° and 180° at 0.25 cm).
 */
const CONSENSUS_G_CSV = 'r_cm,g_L\n0,1.45\n0.25,1.40\n0.5,1.30\n1,1\n2,0.70\n5,0.30\n';
const CONSENSUS_F_CSV = [
  'theta_deg,0,0.25,0.5,1,2',
  '0,,,0.60,0.65,0.70',
  '45,,0.88,0.90,0.92,0.95',
  '90,,1,1,1,1',
  '135,,0.88,0.90,0.92,0.95',
  '180,,,0.60,0.65,0.70',
  '',
].join('\n');

/** Along-away distances of the invented QA table, cm. */
const AWAY_Y_CM = [0, 0.25, 0.5, 1, 2];
const ALONG_Z_CM = [-2, -1, -0.5, 0, 0.5, 1, 2];

/**
 * An along-away table (rows z, columns y, cGy h⁻¹ U⁻¹) reconstructed from a model and rounded to
 * 4 significant figures, as published tables are; blank where the engine gives no dose. `change`
 * alters chosen cells.
 */
function alongAwayCsv(model: SourceModel, change: (y: number, z: number, v: number) => number) {
  const kernel = createDoseKernel(model);
  const rows = ALONG_Z_CM.map((z) =>
    [
      String(z),
      ...AWAY_Y_CM.map((y) => {
        const rate = kernel(y, 0, z, 0, 0, 1);
        return rate === null ? '' : Number(change(y, z, rate).toPrecision(4)).toString();
      }),
    ].join(','),
  );
  return [`z_cm\\y_cm,${AWAY_Y_CM.join(',')}`, ...rows, ''].join('\n');
}

describe.each(testDatabaseKinds())('openiort source import on $name', (kind) => {
  let database: TestDatabase;
  const scratch = scratchDir('openiort-import-');

  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.drop();
  });

  const csv = (name: string, content: string) => scratch.write(name, content);
  const run = (args: string[], input = '', env = { DATABASE_URL: database.url }) =>
    runCliCaptured(args, env, input);
  const lineArgs = (files: { g?: string; f?: string }, extra: string[] = []) => [
    'source',
    'import',
    '--id',
    'invented-line',
    '--name',
    'Invented line source',
    '--geometry',
    'line',
    '--g',
    files.g ?? csv('g.csv', G_CSV),
    '--f',
    files.f ?? csv('F.csv', F_CSV),
    '--lambda',
    '0.9',
    '--length',
    '0.3',
    '--strength',
    '5000',
    '--provenance',
    'Invented numbers for a test',
    ...extra,
  ];
  const storedRows = async () => {
    const handle = createDatabase(database.target);
    try {
      await migrateToLatest(handle);
      return {
        models: await handle.db.selectFrom('source_models').selectAll().execute(),
        audit: await handle.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'source-model.import')
          .execute(),
      };
    } finally {
      await handle.close();
    }
  };

  it('stores a line model from CSV tables, audited, and prints its id and checksum', async () => {
    const result = await run(lineArgs({}));
    expect(result).toMatchObject({ code: 0, err: '' });
    const printed = JSON.parse(result.out) as { id: string; checksum: string; stored: boolean };
    expect(printed).toMatchObject({ id: 'invented-line', stored: true, clinicalUse: false });

    const { models, audit } = await storedRows();
    expect(models).toHaveLength(1);
    const row = models[0];
    const model = JSON.parse(row?.model_json ?? '{}') as SourceModel;
    expect(row).toMatchObject({ id: 'invented-line', clinical_use: 0, checksum: printed.checksum });
    expect(checksumOf(model)).toBe(printed.checksum);
    expect(row?.imported_by).toMatch(/^cli:/);
    expect(model).toMatchObject({
      geometry: 'line',
      activeLengthCm: 0.3,
      doseRateConstantCGyPerHPerU: 0.9,
      nominalAirKermaStrengthU: 5000,
      radialDoseFunction: { rCm: [0.5, 1, 2, 5], g: [1.3, 1, 0.7, 0.3] },
      anisotropyFunction: { rCm: [0.5, 1, 2], thetaDeg: [0, 45, 90, 135, 180] },
      provenance: { source: 'Invented numbers for a test', clinicalUse: false },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ record_id: 'invented-line', outcome: 'success' });

    // The dose command finds the imported model by id in the database.
    const dose = await run(
      ['dose', '-'],
      JSON.stringify({
        source: 'invented-line',
        dwells: [{ positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 3600 }],
        points: [[1, 0, 0]],
      }),
    );
    expect(dose.code).toBe(0);
    // At the reference point the dose rate is S_K·Λ: 5000 × 0.9 cGy/h for an hour = 45 Gy.
    expect((JSON.parse(dose.out) as { pointDoseGy: number[] }).pointDoseGy[0]).toBeCloseTo(45, 9);

    const again = await run(lineArgs({}));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });

  describe('consensus tables as published', () => {
    const consensusArgs = (extra: string[] = []) =>
      lineArgs(
        { g: csv('g-consensus.csv', CONSENSUS_G_CSV), f: csv('F-consensus.csv', CONSENSUS_F_CSV) },
        extra,
      );

    it('skips r = 0 with a note and fills blank F cells from the nearest radius, reporting each', async () => {
      const out = scratch.path('consensus.json');
      const result = await run(consensusArgs(['--out', out]));
      expect(result).toMatchObject({ code: 0, err: '' });
      const printed = JSON.parse(result.out) as { notes: string[] };
      const g = scratch.path('g-consensus.csv');
      const f = scratch.path('F-consensus.csv');
      expect(printed.notes).toEqual([
        `${g} row 2: r = 0 row skipped (TG-43 holds g and F at the first tabulated radius below it; TG-43U1S1)`,
        `${f} row 1, column 2: r = 0 column skipped (TG-43 holds g and F at the first tabulated radius below it; TG-43U1S1)`,
        `${f} row 2, column 3 (θ = 0°, r = 0.25 cm): blank (inside the source); filled with F(0.5 cm, 0°) = 0.6, the nearest radius at the same angle`,
        `${f} row 6, column 3 (θ = 180°, r = 0.25 cm): blank (inside the source); filled with F(0.5 cm, 180°) = 0.6, the nearest radius at the same angle`,
      ]);
      const model = JSON.parse(fs.readFileSync(out, 'utf8')) as SourceModel;
      expect(model.radialDoseFunction).toEqual({
        rCm: [0.25, 0.5, 1, 2, 5],
        g: [1.4, 1.3, 1, 0.7, 0.3],
      });
      expect(model.anisotropyFunction?.rCm).toEqual([0.25, 0.5, 1, 2]);
      expect(model.anisotropyFunction?.F[0]).toEqual([0.6, 0.6, 0.65, 0.7]);
      // The notes stay with the model.
      expect(model.provenance.notes).toContain('r = 0 row skipped');
    });

    it('refuses an F row left entirely blank', async () => {
      const f = csv('F-empty.csv', CONSENSUS_F_CSV.replace('45,,0.88,0.90,0.92,0.95', '45,,,,,'));
      const result = await run(lineArgs({ f }));
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${f} row 3: every F cell of this angle is blank`);
    });

    it('checks the along-away table: within 2 % imports; over it refuses unless forced with a reason', async () => {
      const draft = scratch.path('draft.json');
      expect((await run(consensusArgs(['--out', draft]))).code).toBe(0);
      const model = JSON.parse(fs.readFileSync(draft, 'utf8')) as SourceModel;

      // Near the axis (θ < 20°) a cell 40 % off is not compared; rounding leaves < 0.1 %.
      const good = csv(
        'aa-good.csv',
        alongAwayCsv(model, (y, z, v) => (y === 0.25 && z === 2 ? 1.4 * v : v)),
      );
      const ok = await run(consensusArgs(['--out', scratch.path('ok.json'), '--along-away', good]));
      expect(ok).toMatchObject({ code: 0, err: '' });
      const summary = JSON.parse(ok.out) as {
        alongAway: { maxDeviationPercent: number; comparedCount: number; withinTolerance: boolean };
      };
      expect(summary.alongAway.withinTolerance).toBe(true);
      expect(Math.abs(summary.alongAway.maxDeviationPercent)).toBeLessThan(0.1);
      expect(summary.alongAway).toMatchObject({ tolerancePercent: 2, skippedNearAxisCount: 12 });
      expect(summary.alongAway.comparedCount).toBeGreaterThan(10);

      // 3 % too high at y = 1 cm, z = 0.5 cm (θ = 63°): refused, naming the cell.
      const off = csv(
        'aa-off.csv',
        alongAwayCsv(model, (y, z, v) => (y === 1 && z === 0.5 ? 1.03 * v : v)),
      );
      const refused = await run(consensusArgs(['--along-away', off]));
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(
        /^--along-away: largest deviation -2\.9\d % at y = 1 cm, z = 0\.5 cm \(θ = 63°; .*aa-off\.csv row 6, column 5: table /m,
      );
      expect(refused.err).toContain('to import anyway, give --force-reason TEXT');
      expect((await storedRows()).models).toHaveLength(0);

      // A looser tolerance passes it; a reason forces it, and the reason is kept.
      const loose = await run(
        consensusArgs([
          '--out',
          scratch.path('loose.json'),
          '--along-away',
          off,
          '--along-away-tolerance',
          '5',
        ]),
      );
      expect(loose.code).toBe(0);
      const forced = await run(
        consensusArgs([
          '--along-away',
          off,
          '--force-reason',
          'QA table from an older data release',
        ]),
      );
      expect(forced).toMatchObject({ code: 0, err: '' });
      const { models } = await storedRows();
      const stored = JSON.parse(models[0]?.model_json ?? '{}') as SourceModel;
      expect(stored.provenance.notes).toMatch(
        /imported over the tolerance; reason: "QA table from an older data release"/,
      );
    });
  });

  it('imports a point model with φan and the clinical flag', async () => {
    const result = await run([
      'source',
      'import',
      '--id',
      'invented-point',
      '--name',
      'Invented point source',
      '--geometry',
      'point',
      '--g',
      csv('g-point.csv', '0.5;1.3\n1;1\n2;0.7\n'),
      '--phi',
      csv('phi.csv', PHI_CSV),
      '--lambda',
      '1.1',
      '--provenance',
      'Invented, marked clinical for the test',
      '--clinical',
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const { models } = await storedRows();
    expect(models[0]).toMatchObject({ id: 'invented-point', clinical_use: 1 });
    expect(JSON.parse(models[0]?.model_json ?? '{}')).toMatchObject({
      anisotropyFactor: { rCm: [1, 3], phiAn: [0.95, 0.97] },
      provenance: { clinicalUse: true },
    });
  });

  it('refuses g(1 cm) ≠ 1, naming the file and row', async () => {
    const g = csv('g-off.csv', 'r_cm,g\n0.5,1.30\n1,1.02\n2,0.70\n');
    const result = await run(lineArgs({ g }));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(
      `${g} row 3, column 2: g(1 cm) must be 1 (the table gives 1.0200)`,
    );
    expect(result.err).toMatch(/Nothing was imported\./);
    expect((await storedRows()).models).toHaveLength(0);
  });

  it('refuses F(r, 90°) ≠ 1, naming the file, row and column', async () => {
    const f = csv('F-off.csv', F_CSV.replace('90,1,1,1', '90,1,0.97,1'));
    const result = await run(lineArgs({ f }));
    expect(result.code).toBe(2);
    // Line 5 of the file (after the comment and the radii), third column (r = 1 cm).
    expect(result.err).toContain(`${f} row 5, column 3: F(r, 90°) must be 1`);
  });

  it('refuses radii that do not increase, and cells that are not positive numbers', async () => {
    const g = csv('g-order.csv', 'r_cm,g\n0.5,1.3\n2,0.7\n1,1\n');
    const order = await run(lineArgs({ g }));
    expect(order.code).toBe(2);
    expect(order.err).toContain(`${g} row 4, column 1: r (cm) must increase (1 after 2)`);

    const f = csv('F-order.csv', 'theta,1,0.5\n90,1,1\n');
    const fOrder = await run(lineArgs({ f }));
    expect(fOrder.err).toContain(`${f} row 1, column 3: r (cm) must increase (0.5 after 1)`);

    const bad = csv('g-bad.csv', 'r_cm,g\n0.5,abc\n1,-1\n2\n');
    const cells = await run(lineArgs({ g: bad }));
    expect(cells.err).toContain(`${bad} row 2, column 2: g must be a number (got "abc")`);
    expect(cells.err).toContain(`${bad} row 3, column 2: g must be positive (got -1)`);
    expect(cells.err).toContain(`${bad} row 4: expected 2 columns (r_cm,g), found 1`);
  });

  it('names missing options and tables that do not fit the geometry', async () => {
    const result = await run([
      'source',
      'import',
      '--id',
      'x',
      '--geometry',
      'line',
      '--g',
      csv('g2.csv', G_CSV),
      '--lambda',
      'many',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^--f: a line source needs its F\(r, θ\) table$/m);
    expect(result.err).toMatch(/^--length: a line source needs its active length/m);
    expect(result.err).toMatch(/^--name: /m);
    expect(result.err).toMatch(/^--lambda: must be a positive number/m);
    expect(result.err).toMatch(/^--provenance: is required$/m);
    const missing = await run(['source', 'import', '--id', 'x']);
    expect(missing.err).toMatch(/^--g: the g\(r\) table \(r_cm,g\) is required$/m);
  });

  it('with --out writes the model JSON and leaves the database alone', async () => {
    const out = scratch.path('model.json');
    const nowhere = scratch.path('no-db', 'never.db');
    const result = await run(lineArgs({}, ['--out', out]), '', {
      DATABASE_URL: `sqlite:${nowhere}`,
    });
    expect(result).toMatchObject({ code: 0, err: '' });
    const model = JSON.parse(fs.readFileSync(out, 'utf8')) as SourceModel;
    expect(JSON.parse(result.out)).toMatchObject({
      id: 'invented-line',
      checksum: checksumOf(model),
      stored: false,
    });
    expect(fs.existsSync(nowhere)).toBe(false);

    // The written model can be used inline by the dose command.
    const dose = await run(
      ['dose', '-'],
      JSON.stringify({
        source: model,
        dwells: [{ positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 3600 }],
        points: [[1, 0, 0]],
      }),
    );
    expect((JSON.parse(dose.out) as { pointDoseGy: number[] }).pointDoseGy[0]).toBeCloseTo(45, 9);
  });
});

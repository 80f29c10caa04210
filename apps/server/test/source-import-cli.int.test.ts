import fs from 'node:fs';
import type { SourceModel } from '@openiort/dosimetry';
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

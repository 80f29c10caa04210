import type { PlanList, Problem, SourceModelList, StoredPlan } from '@openiort/contract';
import {
  DEMONSTRATION_LABEL,
  ENGINE_VERSION,
  SHIPPED_MODELS,
  DEFAULT_PLAN_LIMITS,
} from '@openiort/dosimetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../src/dosimetry/canonical-json.ts';
import { addPatient } from './candidacy-fixtures.ts';
import {
  DEMO_ID,
  PLAN_INPUT,
  createPlanFor,
  planRequest,
  storeClinicalTestModel,
} from './plan-fixtures.ts';
import { createTestApp, problemPaths, type TestApp, NO_SUCH_ID } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('dose plans API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let physicist: string;
  let oncologist: string;
  let surgeon: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    physicist = await t.signInAs('medical-physicist', 'pat.physicist@example.org');
    oncologist = await t.signInAs('radiation-oncologist');
    surgeon = await t.signInAs('surgeon');
    await storeClinicalTestModel(t);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const auditRows = (recordId: string) =>
    t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', recordId)
      .where('action', 'like', 'plan.%')
      .orderBy('seq')
      .execute();

  it('lists shipped and imported source models with checksums and the demonstration label', async () => {
    const response = await planRequest(t, surgeon, 'GET', '/api/source-models');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<SourceModelList>();
    const demo = SHIPPED_MODELS.find((m) => m.id === DEMO_ID);
    expect(items[0]).toEqual({
      id: DEMO_ID,
      name: demo?.name,
      geometry: 'point',
      kind: 'electronic-brachytherapy',
      clinicalUse: false,
      demonstrationLabel: DEMONSTRATION_LABEL,
      checksum: checksumOf(demo),
      origin: 'shipped',
      importedAt: null,
    });
    const imported = items.find((m) => m.id === 'test-commissioned-ebx');
    expect(imported).toMatchObject({ clinicalUse: true, origin: 'imported' });
    expect(imported).not.toHaveProperty('demonstrationLabel');
    expect(imported?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates a plan with inputs, outputs, engine version and model checksum; lists and reads it', async () => {
    const patient = await addPatient(t, oncologist);
    const response = await planRequest(t, physicist, 'POST', `/api/patients/${patient.id}/plans`, {
      sourceId: DEMO_ID,
      input: PLAN_INPUT,
    });
    expect(response.statusCode).toBe(201);
    const plan = response.json<StoredPlan>();
    const demo = SHIPPED_MODELS.find((m) => m.id === DEMO_ID);
    expect(plan).toMatchObject({
      patientId: patient.id,
      version: 1,
      sourceModelId: DEMO_ID,
      sourceModelChecksum: checksumOf(demo),
      engineVersion: ENGINE_VERSION,
      demonstration: true,
      createdAt: t.clock.now().toISOString(),
      createdBy: { email: 'pat.physicist@example.org', displayName: 'Test medical-physicist' },
      updatedBy: { email: 'pat.physicist@example.org' },
      signatures: [],
      formerSignatures: [],
    });
    // The input is stored as sent: no strength was measured, so none is stored as if typed;
    // the output says the nominal one was used, and the plan names the limits it was checked by.
    expect(plan.input).toEqual({ ...PLAN_INPUT, dwellStepCm: 0.5 });
    expect(plan.output.airKermaStrengthU).toBe(demo?.nominalAirKermaStrengthU);
    expect(plan.output.strengthSource).toBe('nominal');
    expect(plan.output.warnings.some((w) => w.startsWith('Nominal strength used'))).toBe(true);
    expect(plan.output.limits).toEqual(DEFAULT_PLAN_LIMITS);
    expect(plan.limitsVersion).toBe('default-1');
    expect(plan.skinDistanceOverride).toBeNull();
    if (plan.output.status !== 'ok') throw new Error('refused');
    expect(plan.output.surfaceDoseGy.mean).toBeCloseTo(20, 6);
    expect(plan.output.totalTimeS).toBeGreaterThan(360);
    expect(plan.output.warnings).toContain(DEMONSTRATION_LABEL);

    const listed = await planRequest(t, surgeon, 'GET', `/api/patients/${patient.id}/plans`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json<PlanList>().items).toEqual([plan]);
    const read = await planRequest(t, surgeon, 'GET', `/api/plans/${plan.id}`);
    expect(read.json<StoredPlan>()).toEqual(plan);

    const audit = await auditRows(plan.id);
    expect(audit.map((r) => [r.action, r.actor_role, r.outcome])).toEqual([
      ['plan.create', 'medical-physicist', 'success'],
      ['plan.read', 'surgeon', 'success'],
    ]);
    expect(JSON.parse(audit[0]?.after_json ?? 'null')).toMatchObject({
      patientId: patient.id,
      sourceModelChecksum: plan.sourceModelChecksum,
      engineVersion: ENGINE_VERSION,
      status: 'ok',
    });
    const listAudit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', patient.id)
      .where('action', '=', 'plan.read')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(listAudit.detail ?? 'null')).toEqual({ returnedIds: [plan.id] });
  });

  it('stores a refused plan with its reason, so the refusal is on record', async () => {
    const patient = await addPatient(t, oncologist);
    const plan = await createPlanFor(t, oncologist, patient.id, DEMO_ID, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.4,
    });
    expect(plan.output.status).toBe('refused');
    expect(plan.output.refusal?.code).toBe('skin-distance-below-minimum');
    expect(plan.output.totalTimeS).toBe(0);
  });

  it('names every bad field under input., refuses unknown models and patients, stores nothing', async () => {
    const patient = await addPatient(t, oncologist);
    const url = `/api/patients/${patient.id}/plans`;
    const bad = await planRequest(t, physicist, 'POST', url, {
      sourceId: DEMO_ID,
      input: { ...PLAN_INPUT, applicator: { type: 'balloon', fillVolumeCc: 2 }, colour: 'red' },
    });
    expect(bad.statusCode).toBe(400);
    expect(problemPaths(bad)).toEqual(['input.applicator.fillVolumeCc', 'input.colour']);

    const unknownModel = await planRequest(t, physicist, 'POST', url, {
      sourceId: 'no-such-model',
      input: PLAN_INPUT,
    });
    expect(unknownModel.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'sourceId' }),
    ]);
    const shape = await planRequest(t, physicist, 'POST', url, { input: 'x', extra: 1 });
    expect(problemPaths(shape)).toEqual(['extra', 'input', 'sourceId']);

    const noPatient = await planRequest(t, physicist, 'POST', `/api/patients/${NO_SUCH_ID}/plans`, {
      sourceId: DEMO_ID,
      input: PLAN_INPUT,
    });
    expect(noPatient.statusCode).toBe(404);
    expect((await planRequest(t, physicist, 'GET', `/api/plans/${NO_SUCH_ID}`)).statusCode).toBe(
      404,
    );
    const listed = await planRequest(t, physicist, 'GET', url);
    expect(listed.json<PlanList>().items).toEqual([]);
  });

  it('recomputes an edit as the next version and refuses a stale one', async () => {
    const patient = await addPatient(t, oncologist);
    const plan = await createPlanFor(t, physicist, patient.id);
    t.clock.advanceMinutes(5);
    const edited = await planRequest(t, oncologist, 'PUT', `/api/plans/${plan.id}`, {
      sourceId: 'test-commissioned-ebx',
      input: { ...PLAN_INPUT, prescription: { doseGy: 18, to: 'surface' } },
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const v2 = edited.json<StoredPlan>();
    expect(v2).toMatchObject({
      id: plan.id,
      version: 2,
      sourceModelId: 'test-commissioned-ebx',
      demonstration: false,
      createdAt: plan.createdAt,
      updatedAt: t.clock.now().toISOString(),
      updatedBy: { displayName: 'Test radiation-oncologist' },
    });
    if (v2.output.status !== 'ok') throw new Error('refused');
    expect(v2.output.surfaceDoseGy.mean).toBeCloseTo(18, 6);
    expect(v2.output.warnings).not.toContain(DEMONSTRATION_LABEL);

    const stale = await planRequest(t, physicist, 'PUT', `/api/plans/${plan.id}`, {
      sourceId: DEMO_ID,
      input: PLAN_INPUT,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem & { currentVersion: number }>()).toMatchObject({
      code: 'version-conflict',
      currentVersion: 2,
    });
    const audit = await auditRows(plan.id);
    const update = audit.find((r) => r.action === 'plan.update');
    expect(JSON.parse(update?.before_json ?? 'null')).toMatchObject({ version: 1 });
    expect(JSON.parse(update?.after_json ?? 'null')).toMatchObject({
      version: 2,
      sourceModelId: 'test-commissioned-ebx',
    });
  });

  it('lets a surgeon read plans but not make or edit them', async () => {
    const patient = await addPatient(t, oncologist);
    const denied = await planRequest(t, surgeon, 'POST', `/api/patients/${patient.id}/plans`, {
      sourceId: DEMO_ID,
      input: PLAN_INPUT,
    });
    expect(denied.statusCode).toBe(403);
    expect(
      (await planRequest(t, surgeon, 'GET', `/api/patients/${patient.id}/plans`)).statusCode,
    ).toBe(200);
  });
});

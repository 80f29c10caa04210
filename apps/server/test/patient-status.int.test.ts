import {
  signatureMeaning,
  type PatientStatusPage,
  type PatientWithStatus,
} from '@openiort/contract';
import type { KyselyPlugin, PluginTransformQueryArgs, RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPatientStatuses } from '../src/patients/patient-status-rows.ts';
import { FINAL_PATHOLOGY_FACTS, PREOPERATIVE_FACTS, addPatient } from './candidacy-fixtures.ts';
import { PLAN_INPUT, createPlanFor, planRequest, storeClinicalTestModel } from './plan-fixtures.ts';
import { TEST_PASSWORD, browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** Counts the statements a Kysely instance sends, to show there is no query per row. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }
  transformResult<T>(args: { result: T }): Promise<T> {
    return Promise.resolve(args.result);
  }
}

describe.each(testDatabaseKinds())('patient status at a glance on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let surgeon: string;
  let physicist: string;
  let oncologist: string;
  let modelId: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database, { OPENIORT_LOGIN_ATTEMPTS_PER_15_MIN: '100' });
    surgeon = await t.signInAs('surgeon', 'sam.surgeon@example.org');
    physicist = await t.signInAs('medical-physicist', 'pia.physicist@example.org');
    oncologist = await t.signInAs('radiation-oncologist', 'rory.oncologist@example.org');
    modelId = (await storeClinicalTestModel(t)).id;
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const evaluate = async (patientId: string, facts: object) => {
    t.clock.advanceMinutes(1);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/evaluations`,
      headers: browserHeaders(surgeon),
      payload: { facts },
    });
    expect(response.statusCode).toBe(201);
  };
  const plan = async (patientId: string) => {
    t.clock.advanceMinutes(1);
    return createPlanFor(t, physicist, patientId, modelId);
  };
  const sign = async (
    cookie: string,
    planId: string,
    role: 'medical-physicist' | 'radiation-oncologist',
    version = 1,
  ) => {
    t.clock.advanceMinutes(1);
    const response = await planRequest(t, cookie, 'POST', `/api/plans/${planId}/signatures`, {
      password: TEST_PASSWORD,
      meaning: signatureMeaning(role, false),
      version,
    });
    expect(response.statusCode).toBe(201);
  };
  const read = async (id: string) => {
    const response = await t.app.inject({
      url: `/api/patients/${id}`,
      headers: browserHeaders(surgeon),
    });
    expect(response.statusCode).toBe(200);
    return response.json<PatientWithStatus>().status;
  };

  it('says what is missing for a patient with nothing yet', async () => {
    const patient = await addPatient(t, surgeon);
    expect(await read(patient.id)).toEqual({
      candidacy: null,
      plan: { status: 'none', planId: null, version: null },
      missing: ['no candidacy evaluation', 'no plan'],
    });
  });

  it('follows the latest evaluation and the signatures of the latest plan’s current version', async () => {
    const patient = await addPatient(t, surgeon);
    await evaluate(patient.id, PREOPERATIVE_FACTS);
    const first = await plan(patient.id);
    let status = await read(patient.id);
    expect(status.candidacy).toMatchObject({ category: 'candidate', phase: 'preoperative' });
    expect(status.plan).toEqual({ status: 'draft', planId: first.id, version: 1 });
    expect(status.missing).toEqual([
      'no candidacy evaluation with final pathology',
      'plan not reviewed by a medical physicist',
      'plan not signed by the radiation oncologist',
    ]);

    await evaluate(patient.id, { ...FINAL_PATHOLOGY_FACTS, invasiveSizeMm: 40 });
    await sign(physicist, first.id, 'medical-physicist');
    status = await read(patient.id);
    expect(status.candidacy).toMatchObject({ category: 'not-candidate', phase: 'final-pathology' });
    expect(status.plan.status).toBe('physics-reviewed');
    expect(status.missing).toEqual(['plan not signed by the radiation oncologist']);

    await sign(oncologist, first.id, 'radiation-oncologist');
    expect((await read(patient.id)).plan.status).toBe('approved');

    t.clock.advanceMinutes(1);
    const edit = await planRequest(t, physicist, 'PUT', `/api/plans/${first.id}`, {
      sourceId: modelId,
      input: { ...PLAN_INPUT, skinDistanceCm: 1.0 },
      version: 1,
    });
    expect(edit.statusCode).toBe(200);
    expect((await read(patient.id)).plan).toEqual({
      status: 'draft',
      planId: first.id,
      version: 2,
    });

    const second = await plan(patient.id);
    expect((await read(patient.id)).plan).toEqual({
      status: 'draft',
      planId: second.id,
      version: 1,
    });
  });

  it('lists the status of every patient on the page with a fixed number of queries', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const patient = await addPatient(t, surgeon);
      await evaluate(patient.id, PREOPERATIVE_FACTS);
      const made = await plan(patient.id);
      if (i % 2 === 0) await sign(physicist, made.id, 'medical-physicist');
      ids.push(patient.id);
    }
    const one = new QueryCounter();
    await loadPatientStatuses(t.ctx.db.withPlugin(one), ids.slice(0, 1));
    const all = new QueryCounter();
    const statuses = await loadPatientStatuses(t.ctx.db.withPlugin(all), ids);
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(3);
    expect(ids.map((id) => statuses.get(id)?.plan.status)).toEqual([
      'physics-reviewed',
      'draft',
      'physics-reviewed',
      'draft',
    ]);

    const page = await t.app.inject({
      url: '/api/patients?limit=100',
      headers: browserHeaders(surgeon),
    });
    const listed = page.json<PatientStatusPage>().items.filter((p) => ids.includes(p.id));
    expect(listed).toHaveLength(4);
    for (const item of listed) expect(item.status).toEqual(statuses.get(item.id));
  });
});

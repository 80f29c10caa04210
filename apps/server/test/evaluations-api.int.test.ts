import type { EvaluationList, Patient, Problem, StoredEvaluation } from '@openiort/contract';
import {
  DEFAULT_PROGRAM_CRITERIA,
  ENGINE_VERSION,
  RULE_SET_IDS,
  allRuleSets,
} from '@openiort/guidelines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FINAL_PATHOLOGY_FACTS,
  PREOPERATIVE_FACTS,
  addPatient,
  countRows,
} from './candidacy-fixtures.ts';
import { browserHeaders, createTestApp, type TestApp, NO_SUCH_ID } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('candidacy evaluations API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let surgeon: string;
  let physicist: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    surgeon = await t.signInAs('surgeon', 'sam.surgeon@example.org');
    physicist = await t.signInAs('medical-physicist');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const evaluate = (patientId: string, body: unknown, cookie = surgeon) =>
    t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/evaluations`,
      headers: browserHeaders(cookie),
      payload: body as object,
    });
  const list = (patientId: string, cookie = surgeon) =>
    t.app.inject({
      url: `/api/patients/${patientId}/evaluations`,
      headers: browserHeaders(cookie),
    });

  it('stores an evaluation with the facts, every rule set version and who made it', async () => {
    const patient = await addPatient(t, surgeon);
    const response = await evaluate(patient.id, { facts: PREOPERATIVE_FACTS });
    expect(response.statusCode).toBe(201);
    const stored = response.json<StoredEvaluation>();
    expect(stored).toMatchObject({
      patientId: patient.id,
      phase: 'preoperative',
      facts: PREOPERATIVE_FACTS,
      engineVersion: ENGINE_VERSION,
      programCriteriaVersion: 'default-1',
      createdAt: t.clock.now().toISOString(),
      createdBy: { email: 'sam.surgeon@example.org', displayName: 'Test surgeon' },
    });
    expect(stored.ruleSetVersions).toEqual(
      Object.fromEntries(allRuleSets(DEFAULT_PROGRAM_CRITERIA).map((r) => [r.id, r.version])),
    );
    expect(Object.keys(stored.ruleSetVersions).sort()).toEqual([...RULE_SET_IDS].sort());
    expect(stored.results.map((r) => r.ruleset)).toEqual([...RULE_SET_IDS]);
    for (const result of stored.results) {
      expect(result.version, result.ruleset).toBe(stored.ruleSetVersions[result.ruleset]);
    }
    expect(stored.results[0]).toMatchObject({ ruleset: 'program-default', category: 'candidate' });

    const listed = await list(patient.id, physicist);
    expect(listed.statusCode).toBe(200);
    expect(listed.json<EvaluationList>().items).toEqual([stored]);
  });

  it('keeps the history newest first, final pathology beside pre-operative', async () => {
    const patient = await addPatient(t, surgeon);
    const first = (
      await evaluate(patient.id, { facts: PREOPERATIVE_FACTS })
    ).json<StoredEvaluation>();
    t.clock.advanceMinutes(1);
    const second = (
      await evaluate(patient.id, { facts: { ...PREOPERATIVE_FACTS, invasiveSizeMm: 18 } })
    ).json<StoredEvaluation>();
    t.clock.advanceMinutes(1);
    const final = await evaluate(patient.id, { facts: FINAL_PATHOLOGY_FACTS });
    expect(final.statusCode).toBe(201);

    const items = (await list(patient.id)).json<EvaluationList>().items;
    expect(items.map((e) => e.id)).toEqual([
      final.json<StoredEvaluation>().id,
      second.id,
      first.id,
    ]);
    expect(items.map((e) => e.phase)).toEqual(['final-pathology', 'preoperative', 'preoperative']);
    expect(items[0]?.facts).toMatchObject({ pathologicNodalStage: 'pN0', closestMarginMm: 4 });
    expect(items[2]?.facts).toEqual(PREOPERATIVE_FACTS);
  });

  it('stores the phase as unknown when the facts do not give it', async () => {
    const patient = await addPatient(t, surgeon);
    const response = await evaluate(patient.id, { facts: { ageYears: 70 } });
    expect(response.statusCode).toBe(201);
    const stored = response.json<StoredEvaluation>();
    expect(stored.phase).toBeNull();
    expect(stored.results[0]).toMatchObject({ ruleset: 'program-default' });
    expect(stored.results[0]?.missing.length).toBeGreaterThan(0);
  });

  it('names every invalid fact under facts. and stores nothing', async () => {
    const patient = await addPatient(t, surgeon);
    const before = await countRows(t, 'evaluations');
    const response = await evaluate(patient.id, {
      facts: { ...PREOPERATIVE_FACTS, ageYears: '67', grade: 4, tumourColour: 'blue' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(
      ['facts.ageYears', 'facts.grade', 'facts.tumourColour'].sort(),
    );
    expect(problem.errors?.find((e) => e.path === 'facts.grade')?.message).toMatch(/1 to 3/);

    const noFacts = await evaluate(patient.id, {});
    expect(noFacts.json<Problem>().errors).toEqual([expect.objectContaining({ path: 'facts' })]);
    const extra = await evaluate(patient.id, { facts: PREOPERATIVE_FACTS, patientName: 'x' });
    expect(extra.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'patientName' }),
    ]);
    expect(await countRows(t, 'evaluations')).toBe(before);
    expect((await list(patient.id)).json<EvaluationList>().items).toEqual([]);
  });

  it('answers 404 for an unknown patient and stores nothing', async () => {
    const before = await countRows(t, 'evaluations');
    const created = await evaluate(NO_SUCH_ID, { facts: PREOPERATIVE_FACTS });
    expect(created.statusCode).toBe(404);
    expect(created.json<Problem>().code).toBe('not-found');
    const listed = await list(NO_SUCH_ID);
    expect(listed.statusCode).toBe(404);
    expect(await countRows(t, 'evaluations')).toBe(before);
  });

  it('audits each evaluation saved and each list read, under the patient', async () => {
    const patient: Patient = await addPatient(t, surgeon);
    const stored = (
      await evaluate(patient.id, { facts: PREOPERATIVE_FACTS })
    ).json<StoredEvaluation>();
    await list(patient.id, physicist);
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', patient.id)
      .where('action', 'in', ['evaluation.create', 'evaluation.read'])
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.action, r.actor_role, r.outcome])).toEqual([
      ['evaluation.create', 'surgeon', 'success'],
      ['evaluation.read', 'medical-physicist', 'success'],
    ]);
    expect(JSON.parse(rows[0]?.after_json ?? 'null')).toMatchObject({
      evaluationId: stored.id,
      phase: 'preoperative',
      facts: PREOPERATIVE_FACTS,
      programCriteriaVersion: 'default-1',
      categories: { 'program-default': 'candidate' },
    });
    expect(JSON.parse(rows[1]?.detail ?? 'null')).toEqual({ returnedIds: [stored.id] });

    await list(NO_SUCH_ID);
    const failed = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', NO_SUCH_ID)
      .where('action', '=', 'evaluation.read')
      .executeTakeFirstOrThrow();
    expect(failed.outcome).toBe('failure');
  });

  it('lets a physicist read evaluations but not save one', async () => {
    const patient = await addPatient(t, surgeon);
    const response = await evaluate(patient.id, { facts: PREOPERATIVE_FACTS }, physicist);
    expect(response.statusCode).toBe(403);
    expect((await list(patient.id, physicist)).statusCode).toBe(200);
  });
});

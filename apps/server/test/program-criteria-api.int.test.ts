import type {
  ProgramCriteriaOverview,
  ProgramCriteriaVersion,
  StoredEvaluation,
} from '@openiort/contract';
import { DEFAULT_PROGRAM_CRITERIA } from '@openiort/guidelines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREOPERATIVE_FACTS, addPatient, countRows, criteriaInput } from './candidacy-fixtures.ts';
import { browserHeaders, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('program criteria API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;
  let nurse: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    admin = await t.signInAs('admin', 'ada.admin@example.org');
    nurse = await t.signInAs('nurse');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const overview = async () =>
    (
      await t.app.inject({ url: '/api/program-criteria', headers: browserHeaders(nurse) })
    ).json<ProgramCriteriaOverview>();
  const put = (body: unknown, cookie = admin) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/program-criteria',
      headers: browserHeaders(cookie),
      payload: body as object,
    });

  it('starts from the published defaults, version default-1', async () => {
    const view = await overview();
    const defaults: ProgramCriteriaVersion = {
      version: 'default-1',
      criteria: DEFAULT_PROGRAM_CRITERIA,
      createdAt: null,
      createdBy: null,
    };
    expect(view).toEqual({ current: defaults, history: [defaults] });
  });

  it('refuses invalid criteria naming each field, and saves no version', async () => {
    const response = await put(criteriaInput({ minAgeExclusiveYears: 5, histologies: ['x'] }));
    expect(response.statusCode).toBe(400);
    expect(problemPaths(response)).toEqual(['histologies', 'minAgeExclusiveYears']);
    expect(await countRows(t, 'program_criteria_versions')).toBe(0);
  });

  it('saves each change as the next version, audited with before and after', async () => {
    const first = await put(criteriaInput({ minAgeExclusiveYears: 55 }));
    expect(first.statusCode).toBe(200);
    expect(first.json<ProgramCriteriaVersion>()).toMatchObject({
      version: 'v1',
      criteria: { version: 'v1', minAgeExclusiveYears: 55 },
      createdAt: t.clock.now().toISOString(),
      createdBy: { email: 'ada.admin@example.org' },
    });
    t.clock.advanceMinutes(5);
    const second = await put(criteriaInput({ minAgeExclusiveYears: 50 }));
    expect(second.json<ProgramCriteriaVersion>().version).toBe('v2');

    const view = await overview();
    expect(view.current.version).toBe('v2');
    expect(view.current.criteria.minAgeExclusiveYears).toBe(50);
    expect(view.history.map((v) => v.version)).toEqual(['v2', 'v1', 'default-1']);

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'program-criteria.update')
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => [r.record_id, r.actor_role])).toEqual([
      ['v1', 'admin'],
      ['v2', 'admin'],
    ]);
    expect(JSON.parse(audit[1]?.before_json ?? 'null')).toMatchObject({
      version: 'v1',
      minAgeExclusiveYears: 55,
    });
    expect(JSON.parse(audit[1]?.after_json ?? 'null')).toMatchObject({
      version: 'v2',
      minAgeExclusiveYears: 50,
    });
  });

  it('applies the new criteria to later evaluations and names their version', async () => {
    const patient = await addPatient(t, nurse);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patient.id}/evaluations`,
      headers: browserHeaders(nurse),
      payload: { facts: { ...PREOPERATIVE_FACTS, ageYears: 55 } },
    });
    expect(response.statusCode).toBe(201);
    const stored = response.json<StoredEvaluation>();
    expect(stored.programCriteriaVersion).toBe('v2');
    expect(stored.ruleSetVersions['program-default']).toBe('v2');
    expect(stored.results[0]).toMatchObject({
      ruleset: 'program-default',
      version: 'v2',
      category: 'candidate',
    });
  });

  it('lets only the administrator change the criteria', async () => {
    const response = await put(criteriaInput(), nurse);
    expect(response.statusCode).toBe(403);
  });
});

import type { Problem, SelfCheckCriteria, SelfCheckResponse } from '@openiort/contract';
import { DEFAULT_PROGRAM_CRITERIA } from '@openiort/guidelines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREOPERATIVE_FACTS, countRows, criteriaInput } from './candidacy-fixtures.ts';
import { browserHeaders, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('public self-check on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database, { OPENIORT_SELF_CHECK_PER_15_MIN: '8' });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  /** An anonymous visitor's browser. */
  const check = (body: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/self-check',
      headers: browserHeaders(),
      payload: body as object,
    });

  it('answers with the program criteria only and stores nothing, not even an audit row', async () => {
    const before = {
      evaluations: await countRows(t, 'evaluations'),
      audit: await countRows(t, 'audit_log'),
    };
    const response = await check(PREOPERATIVE_FACTS);
    expect(response.statusCode).toBe(200);
    const body = response.json<SelfCheckResponse>();
    expect(Object.keys(body)).toEqual(['result']);
    expect(body.result).toMatchObject({
      ruleset: 'program-default',
      version: 'default-1',
      category: 'candidate',
    });
    const younger = (
      await check({ ...PREOPERATIVE_FACTS, ageYears: 55 })
    ).json<SelfCheckResponse>();
    expect(younger.result.category).toBe('not-candidate');
    expect({
      evaluations: await countRows(t, 'evaluations'),
      audit: await countRows(t, 'audit_log'),
    }).toEqual(before);
  });

  it('refuses bad facts naming each field', async () => {
    const response = await check({ ageYears: -3, histology: 'unknown-kind' });
    expect(response.statusCode).toBe(400);
    expect(problemPaths(response)).toEqual(['ageYears', 'histology']);
    const notObject = await check([PREOPERATIVE_FACTS]);
    expect(notObject.json<Problem>().errors).toEqual([expect.objectContaining({ path: '(body)' })]);
  });

  it('shows and applies the criteria in force', async () => {
    const shown = await t.app.inject({ url: '/api/self-check/criteria' });
    expect(shown.statusCode).toBe(200);
    expect(shown.json<SelfCheckCriteria>()).toEqual({
      version: 'default-1',
      criteria: DEFAULT_PROGRAM_CRITERIA,
    });

    const admin = await t.signInAs('admin');
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/program-criteria',
      headers: browserHeaders(admin),
      payload: criteriaInput({ minAgeExclusiveYears: 50 }),
    });
    expect(saved.statusCode).toBe(200);
    const now = (await t.app.inject({ url: '/api/self-check/criteria' })).json<SelfCheckCriteria>();
    expect(now.version).toBe('v1');
    const younger = (
      await check({ ...PREOPERATIVE_FACTS, ageYears: 55 })
    ).json<SelfCheckResponse>();
    expect(younger.result).toMatchObject({ version: 'v1', category: 'candidate' });
  });

  it('limits each address to OPENIORT_SELF_CHECK_PER_15_MIN checks per 15 minutes', async () => {
    // 5 checks were made above; the limit is 8.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await check(PREOPERATIVE_FACTS)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await check(PREOPERATIVE_FACTS);
    expect(refused.json<Problem>()).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(refused.json<Problem>().detail).toMatch(/15 minutes/);
  });
});

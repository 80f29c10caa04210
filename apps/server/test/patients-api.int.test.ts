import type { Patient, PatientPage, Problem } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserHeaders,
  createTestApp,
  type TestApp,
  NO_SUCH_ID,
  problemPaths,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const valid = {
  mrn: 'T-1001',
  familyName: 'Testperson',
  givenName: 'Zoë',
  birthDate: '1955-03-02',
  sex: 'female',
  preferredLanguage: 'fr',
};

describe.each(testDatabaseKinds())('patients API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let nurse: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    nurse = await t.signInAs('nurse');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const create = (body: object, cookie = nurse) =>
    t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: browserHeaders(cookie),
      payload: body,
    });

  it('creates, finds (accents and case ignored), views and edits a patient', async () => {
    const created = await create(valid);
    expect(created.statusCode).toBe(201);
    const patient = created.json<Patient>();
    expect(patient).toMatchObject({
      ...valid,
      version: 1,
      isDemo: false,
      phone: null,
      email: null,
    });

    for (const q of ['zoe', 'ZOË testperson', 't-1001', 'testperson zo']) {
      const found = await t.app.inject({
        url: `/api/patients?q=${encodeURIComponent(q)}`,
        headers: browserHeaders(nurse),
      });
      expect(
        found.json<PatientPage>().items.map((p) => p.id),
        q,
      ).toContain(patient.id);
    }
    const none = await t.app.inject({
      url: '/api/patients?q=nobody',
      headers: browserHeaders(nurse),
    });
    expect(none.json<PatientPage>()).toMatchObject({ items: [], total: 0 });

    const viewed = await t.app.inject({
      url: `/api/patients/${patient.id}`,
      headers: browserHeaders(nurse),
    });
    expect(viewed.json<Patient>().mrn).toBe('T-1001');

    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/patients/${patient.id}`,
      headers: browserHeaders(nurse),
      payload: { ...valid, phone: '+1 555 0199', version: 1 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Patient>()).toMatchObject({ phone: '+1 555 0199', version: 2 });
  });

  it('names every invalid field and saves nothing', async () => {
    const response = await create({
      mrn: 'T 2',
      familyName: '',
      birthDate: '1955-02-30',
      sex: 'f',
      preferredLanguage: 'xx',
      email: 'x@',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem.code).toBe('validation-failed');
    expect(new Set(problem.errors?.map((e) => e.path))).toEqual(
      new Set(['mrn', 'familyName', 'givenName', 'birthDate', 'sex', 'preferredLanguage', 'email']),
    );
    const count = await t.ctx.db
      .selectFrom('patients')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('mrn', '=', 'T 2')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses a date of birth after today (by the server clock)', async () => {
    const response = await create({ ...valid, mrn: 'T-FUTURE', birthDate: '2026-11-27' });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'birthDate' }),
    ]);
  });

  it('refuses a duplicate MRN with 409 naming the field', async () => {
    expect((await create({ ...valid, mrn: 'T-DUP' })).statusCode).toBe(201);
    const again = await create({ ...valid, mrn: 'T-DUP', givenName: 'Other' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>()).toMatchObject({
      code: 'duplicate-mrn',
      errors: [{ path: 'mrn' }],
    });
  });

  it('answers a stale edit with 409 and overwrites nothing', async () => {
    const patient = (await create({ ...valid, mrn: 'T-STALE' })).json<Patient>();
    const put = (body: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/patients/${patient.id}`,
        headers: browserHeaders(nurse),
        payload: body,
      });
    expect(
      (await put({ ...valid, mrn: 'T-STALE', givenName: 'First', version: 1 })).statusCode,
    ).toBe(200);
    const stale = await put({ ...valid, mrn: 'T-STALE', givenName: 'Second', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem & { currentVersion: number }>()).toMatchObject({
      code: 'version-conflict',
      currentVersion: 2,
    });
    const stored = await t.app.inject({
      url: `/api/patients/${patient.id}`,
      headers: browserHeaders(nurse),
    });
    expect(stored.json<Patient>()).toMatchObject({ givenName: 'First', version: 2 });
  });

  it('answers 404 for an unknown patient', async () => {
    const response = await t.app.inject({
      url: `/api/patients/${NO_SUCH_ID}`,
      headers: browserHeaders(nurse),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json<Problem>().code).toBe('not-found');
  });

  it('refuses an id that is not an id before it reaches the database, naming the field', async () => {
    for (const id of ['no-such-id', '1%20OR%201=1', '%00', `${NO_SUCH_ID}%00`, 'x'.repeat(90)]) {
      const response = await t.app.inject({
        url: `/api/patients/${id}`,
        headers: browserHeaders(nurse),
      });
      expect(response.statusCode, id).toBe(400);
      expect(problemPaths(response), id).toEqual(['id']);
    }
  });

  it('audits every read and change with before and after', async () => {
    const patient = (await create({ ...valid, mrn: 'T-AUDIT' })).json<Patient>();
    await t.app.inject({ url: `/api/patients/${patient.id}`, headers: browserHeaders(nurse) });
    await t.app.inject({
      method: 'PUT',
      url: `/api/patients/${patient.id}`,
      headers: browserHeaders(nurse),
      payload: { ...valid, mrn: 'T-AUDIT', familyName: 'Renamed', version: 1 },
    });
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', patient.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['patient.create', 'patient.read', 'patient.update']);
    const update = rows[2];
    expect(update?.actor_role).toBe('nurse');
    expect(JSON.parse(update?.before_json ?? 'null')).toMatchObject({
      familyName: 'Testperson',
      version: 1,
    });
    expect(JSON.parse(update?.after_json ?? 'null')).toMatchObject({
      familyName: 'Renamed',
      version: 2,
    });
  });

  it('pages search results and escapes LIKE wildcards', async () => {
    for (let i = 0; i < 3; i += 1)
      await create({ ...valid, mrn: `PAGE-${String(i)}`, familyName: 'Pagetest' });
    const first = await t.app.inject({
      url: '/api/patients?q=pagetest&limit=2',
      headers: browserHeaders(nurse),
    });
    expect(first.json<PatientPage>()).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.json<PatientPage>().items).toHaveLength(2);
    const wildcard = await t.app.inject({
      url: '/api/patients?q=%25',
      headers: browserHeaders(nurse),
    });
    expect(wildcard.json<PatientPage>().total).toBe(0);
  });
});

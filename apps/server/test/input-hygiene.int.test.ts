import type { Patient, PatientPage } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHeaders, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

// Obviously fictional patient.
const PATIENT = {
  mrn: 'HYG-0001',
  familyName: 'Textfiktiv',
  givenName: 'Zoë',
  birthDate: '1951-03-04',
  sex: 'female',
  preferredLanguage: 'en',
};

describe.each(testDatabaseKinds())('text rules for every input on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let nurse: string;
  let admin: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    nurse = await t.signInAs('nurse');
    admin = await t.signInAs('admin');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const create = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/patients', headers: browserHeaders(nurse), payload });

  it.each([
    ['a NUL character', 'Anna\u0000', /NUL/],
    ['an unpaired surrogate', 'Anna\ud800', /unpaired surrogate/],
    ['a right-to-left override', 'Anna\u202eanilorac', /bidirectional/],
    ['a bell control character', 'Anna\u0007', /control character \(U\+0007\)/],
  ])(
    'refuses %s in a name, naming the field, and stores nothing',
    async (_label, name, message) => {
      const response = await create({ ...PATIENT, mrn: 'HYG-BAD', givenName: name });
      expect(response.statusCode).toBe(400);
      expect(problemPaths(response)).toEqual(['givenName']);
      expect(response.body).toMatch(message);
      const found = await t.ctx.db
        .selectFrom('patients')
        .select('id')
        .where('mrn', '=', 'HYG-BAD')
        .execute();
      expect(found).toEqual([]);
    },
  );

  it('refuses the same characters in the search text, the audit filter and nested keys', async () => {
    const search = await t.app.inject({
      url: '/api/patients?q=%00',
      headers: browserHeaders(nurse),
    });
    expect(search.statusCode).toBe(400);
    expect(problemPaths(search)).toEqual(['q']);
    const audit = await t.app.inject({
      url: '/api/audit?recordId=%E2%80%AE',
      headers: browserHeaders(admin),
    });
    expect(audit.statusCode).toBe(400);
    expect(problemPaths(audit)).toEqual(['recordId']);
    const key = await create({ ...PATIENT, ['x\u0000']: 1 });
    expect(key.statusCode).toBe(400);
    expect(problemPaths(key)).toEqual(['(key)']);
  });

  it('refuses unknown fields and query parameters by name', async () => {
    const extra = await create({ ...PATIENT, mrn: 'HYG-X', isAdmin: true });
    expect(problemPaths(extra)).toEqual(['isAdmin']);
    const query = await t.app.inject({
      url: '/api/patients?q=a&sort=name',
      headers: browserHeaders(nurse),
    });
    expect(query.statusCode).toBe(400);
    expect(problemPaths(query)).toEqual(['sort']);
  });

  it('stores text in NFC, so a name typed decomposed is found typed composed', async () => {
    const decomposed = 'Zoe\u0308'; // "e" + combining diaeresis
    const response = await create({ ...PATIENT, givenName: decomposed });
    expect(response.statusCode).toBe(201);
    expect(response.json<Patient>().givenName).toBe('Zoë');
    for (const q of ['Zoë', decomposed]) {
      const found = await t.app.inject({
        url: `/api/patients?q=${encodeURIComponent(q)}`,
        headers: browserHeaders(nurse),
      });
      expect(found.json<PatientPage>().items.map((p) => p.mrn)).toEqual(['HYG-0001']);
    }
  });
});

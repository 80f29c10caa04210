import fc from 'fast-check';
import type { Role } from '@openiort/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { addPatient } from './candidacy-fixtures.ts';
import { deepJsonText, brokenKnownBody, hostileJson, hostileText } from './hostile-input.ts';
import { createPlanFor } from './plan-fixtures.ts';
import { browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** Bounded in count and time so `npm test` stays quick; the seed makes a failure reproducible. */
const RUNS = 1500;
const SEED = 20261128;
const TIME_LIMIT_MS = 60_000;
const ROLES_TRIED: (Role | null)[] = [
  null,
  'admin',
  'radiation-oncologist',
  'medical-physicist',
  'nurse',
];

/** Rows and versions of every table a request could change (audit rows are checked apart). */
async function dataFingerprint(t: TestApp): Promise<string> {
  const { rows } = await sql<{ f: string }>`
    select
      (select count(*) from patients) || '/' || (select coalesce(sum(version), 0) from patients) || '/' ||
      (select count(*) from plans) || '/' || (select coalesce(sum(version), 0) from plans) || '/' ||
      (select count(*) from plan_signatures) || '/' || (select count(*) from evaluations) || '/' ||
      (select count(*) from users) || '/' || (select count(*) from program_criteria_versions) || '/' ||
      (select count(*) from program_limits_versions) || '/' || (select count(*) from source_models) || '/' ||
      (select count(*) from cases) || '/' || (select coalesce(sum(version), 0) from cases) || '/' ||
      (select count(*) from case_steps) || '/' || (select count(*) from case_directive_versions) || '/' ||
      (select count(*) from case_evaluations) || '/' || (select count(*) from case_plans) || '/' ||
      (select count(*) from case_consent_scans) as f
  `.execute(t.ctx.db);
  return rows[0]?.f ?? '';
}

async function lastAuditSeq(t: TestApp): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

describe.each(testDatabaseKinds())('malformed requests to every route on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  const cookies = new Map<Role, string>();
  const ids: string[] = [];

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    for (const role of ROLES_TRIED) if (role !== null) cookies.set(role, await t.signInAs(role));
    const patient = await addPatient(t, cookies.get('nurse') ?? '');
    const plan = await createPlanFor(t, cookies.get('medical-physicist') ?? '', patient.id);
    ids.push(patient.id, plan.id);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('never answers 5xx, stays healthy, and writes or audits nothing as a success for a refused request', async () => {
    const routes = t.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    const paramValue = fc.oneof(
      fc.constantFrom(...ids, '00000000-0000-4000-8000-000000000000'),
      // A lone surrogate has no UTF-8 form; it travels as the bytes a broken client would send.
      hostileText.map((s) => (s.isWellFormed() ? encodeURIComponent(s) : '%ED%A0%80')),
      fc.constantFrom('%00', '%ZZ', '%ED%A0%80', '..%2F..', 'a'.repeat(120)),
    );
    const query = fc.dictionary(
      fc.constantFrom(
        'q',
        'limit',
        'offset',
        'action',
        'actor',
        'recordId',
        'outcome',
        'from',
        'to',
        'x',
      ),
      fc.oneof(
        hostileText.filter((s) => s.isWellFormed()),
        fc.constantFrom('\u0000', '-1', '1e999', '201', '\u202e'),
      ),
      { maxKeys: 3 },
    );
    const body = fc.oneof(
      brokenKnownBody.map((b) => ({ type: 'application/json', text: JSON.stringify(b) })),
      hostileJson.map((b) => ({ type: 'application/json', text: JSON.stringify(b) })),
      deepJsonText.map((text) => ({ type: 'application/json', text })),
      fc.constantFrom(
        { type: 'application/json', text: '{"a":"\\u0000"}' },
        { type: 'application/json', text: '{"familyName":"\\ud800"}' },
        { type: 'application/json', text: '{' },
        { type: 'application/json', text: '' },
        { type: 'text/plain', text: 'hello' },
        { type: 'application/x-www-form-urlencoded', text: 'a=1' },
      ),
    );
    const request = fc.record({
      route: fc.constantFrom(...routes),
      role: fc.constantFrom(...ROLES_TRIED),
      param: paramValue,
      query,
      body,
    });

    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const path = r.route.url.replace(/:[A-Za-z]+/g, r.param);
        const search = new URLSearchParams(r.query).toString();
        const url = `${path}${search === '' ? '' : `?${search}`}`;
        const fingerprint = await dataFingerprint(t);
        const seq = await lastAuditSeq(t);
        // Signing out would end the role's session for every later request: sign out anonymously.
        const signsOut = r.route.url === '/api/auth/logout';
        const cookie = r.role === null || signsOut ? undefined : cookies.get(r.role);
        const response = await t.app.inject({
          method: r.route.method as 'POST',
          url,
          headers: {
            ...browserHeaders(cookie),
            ...(r.route.method === 'GET' ? {} : { 'content-type': r.body.type }),
          },
          ...(r.route.method === 'GET' ? {} : { payload: r.body.text }),
        });
        sent += 1;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const what = `${r.role ?? 'anonymous'} ${r.route.method} ${url.slice(0, 200)} → ${String(response.statusCode)} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, what).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(await dataFingerprint(t), what).toBe(fingerprint);
          const successes = await t.ctx.db
            .selectFrom('audit_log')
            .select(['action'])
            .where('seq', '>', seq)
            .where('outcome', '=', 'success')
            .execute();
          expect(successes, what).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: TIME_LIMIT_MS, endOnFailure: true },
    );
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect((await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).ok).toBe(true);
    const summary = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${String(status)}×${String(count)}`)
      .join(' ');
    console.log(
      `fuzz on ${kind.name}: ${String(sent)} requests (seed ${String(SEED)}): ${summary}`,
    );
    expect(sent).toBeGreaterThan(50);
  });

  it('answers a burst of concurrent malformed requests without a 5xx', async () => {
    const samples = fc.sample(
      fc.record({
        text: fc.oneof(
          hostileJson.map((b) => JSON.stringify(b)),
          deepJsonText,
        ),
      }),
      { numRuns: 60, seed: SEED },
    );
    const cookie = cookies.get('radiation-oncologist');
    const responses = await Promise.all(
      samples.map((s, i) =>
        t.app.inject({
          method: i % 2 === 0 ? 'POST' : 'PUT',
          url:
            i % 2 === 0 ? `/api/patients/${ids[0] ?? ''}/plans` : `/api/patients/${ids[0] ?? ''}`,
          headers: { ...browserHeaders(cookie), 'content-type': 'application/json' },
          payload: s.text,
        }),
      ),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBeLessThan(500);
  });
});

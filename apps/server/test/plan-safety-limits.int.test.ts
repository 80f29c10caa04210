import {
  LIMITS_COSIGN_MEANING,
  signatureMeaning,
  type Problem,
  type ProgramLimitsOverview,
  type ProgramLimitsVersion,
} from '@openiort/contract';
import { DEFAULT_PLAN_LIMITS } from '@openiort/dosimetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPatient, countRows } from './candidacy-fixtures.ts';
import { DEMO_ID, PLAN_INPUT, createPlanFor, planRequest } from './plan-fixtures.ts';
import {
  browserHeaders,
  createTestApp,
  problemPaths,
  TEST_PASSWORD,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const STRICTER = {
  minSkinDistanceCm: 1,
  warnSkinDistanceCm: 1.3,
  secondCheckTolerancePercent: 4,
  strengthTolerancePercent: 10,
  outputTolerancePercent: 3,
  reportableDeviationPercent: 10,
};

describe.each(testDatabaseKinds())('plan safety limits belong to the program, on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let physicist: string;
  let oncologist: string;
  let admin: string;
  let patientId: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    physicist = await t.signInAs('medical-physicist');
    oncologist = await t.signInAs('radiation-oncologist', 'rosa.oncologist@example.org');
    admin = await t.signInAs('admin');
    patientId = (await addPatient(t, oncologist)).id;
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const plansUrl = () => `/api/patients/${patientId}/plans`;
  const post = (cookie: string, url: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: browserHeaders(cookie),
      payload: payload as object,
    });
  const limits = async () =>
    (
      await t.app.inject({ url: '/api/program-limits', headers: browserHeaders(physicist) })
    ).json<ProgramLimitsOverview>();

  it('refuses a plan request that carries limits, however they are shaped, and stores nothing', async () => {
    const before = await countRows(t, 'plans');
    for (const sent of [
      { minSkinDistanceCm: 0, warnSkinDistanceCm: 0 },
      { secondCheckTolerancePercent: 100 },
      {},
      null,
      'none',
    ]) {
      const response = await planRequest(t, physicist, 'POST', plansUrl(), {
        sourceId: DEMO_ID,
        input: { ...PLAN_INPUT, skinDistanceCm: 0.1, limits: sent },
      });
      expect(response.statusCode, JSON.stringify(sent)).toBe(400);
      expect(problemPaths(response)).toEqual(['input.limits']);
      expect(response.json<Problem>().errors?.[0]?.message).toMatch(/program data/);
    }
    const plan = await createPlanFor(t, physicist, patientId);
    const edit = await planRequest(t, physicist, 'PUT', `/api/plans/${plan.id}`, {
      sourceId: DEMO_ID,
      input: { ...PLAN_INPUT, limits: { minSkinDistanceCm: 0 } },
      version: 1,
    });
    expect(edit.statusCode).toBe(400);
    expect(problemPaths(edit)).toEqual(['input.limits']);
    expect(await countRows(t, 'plans')).toBe(before + 1);
  });

  it('refuses unknown keys inside nested plan objects, by their path', async () => {
    const response = await planRequest(t, physicist, 'POST', plansUrl(), {
      sourceId: DEMO_ID,
      input: {
        ...PLAN_INPUT,
        applicator: { type: 'balloon', fillVolumeCc: 45, junk: '<img src=x onerror=alert(1)>' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(problemPaths(response)).toEqual(['input.applicator.junk']);
    expect(response.body).not.toContain('<img');
  });

  it('refuses an implausible measured strength with the accepted range in the message', async () => {
    for (const strength of [1e308, 1e-300, 100_000, 1_000, 7_999]) {
      const response = await planRequest(t, physicist, 'POST', plansUrl(), {
        sourceId: DEMO_ID,
        input: { ...PLAN_INPUT, airKermaStrengthU: strength },
      });
      expect(response.statusCode, String(strength)).toBe(400);
      expect(problemPaths(response)).toEqual(['input.airKermaStrengthU']);
    }
    const message = (
      await planRequest(t, physicist, 'POST', plansUrl(), {
        sourceId: DEMO_ID,
        input: { ...PLAN_INPUT, airKermaStrengthU: 100_000 },
      })
    ).json<Problem>().errors?.[0]?.message;
    expect(message).toMatch(/8000–12000 U/);
    const measured = await createPlanFor(t, physicist, patientId, DEMO_ID, {
      ...PLAN_INPUT,
      airKermaStrengthU: 9_500,
    });
    expect(measured.output.strengthSource).toBe('measured');
    expect(measured.input.airKermaStrengthU).toBe(9_500);
  });

  it('stores a physicist’s plan below the minimum as refused, saying a radiation oncologist must decide', async () => {
    const plan = await createPlanFor(t, physicist, patientId, DEMO_ID, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.5,
      skinDistanceOverride: { reason: 'I think it is fine' },
    });
    expect(plan.output.status).toBe('refused');
    expect(plan.output.refusal?.message).toMatch(/radiation oncologist must decide/);
    expect(plan.input.skinDistanceOverride).toBeUndefined();
    expect(plan.skinDistanceOverride).toBeNull();
    const sign = await post(physicist, `/api/plans/${plan.id}/signatures`, {
      password: TEST_PASSWORD,
      meaning: signatureMeaning('medical-physicist', true),
      version: 1,
    });
    expect(sign.statusCode).toBe(422);
    expect(sign.json<Problem>().code).toBe('plan-refused');
  });

  it('computes a radiation oncologist’s override with the reason and the name, shown and audited', async () => {
    const reason = 'Thin skin flap accepted after discussion with the surgeon';
    const plan = await createPlanFor(t, oncologist, patientId, DEMO_ID, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.5,
      skinDistanceOverride: { reason },
    });
    expect(plan.output.status).toBe('ok');
    expect(plan.skinDistanceOverride).toMatchObject({
      reason,
      by: { email: 'rosa.oncologist@example.org' },
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('record_id', '=', plan.id)
      .where('action', '=', 'plan.create')
      .executeTakeFirstOrThrow();
    expect(audit.after_json).toContain(reason);
    expect(audit.after_json).toContain('rosa.oncologist@example.org');
  });

  it('lets only a physicist propose and only a radiation oncologist co-sign; the administrator does neither', async () => {
    const proposal = { limits: STRICTER, reason: 'Commissioning review 2026' };
    for (const cookie of [admin, oncologist]) {
      expect((await post(cookie, '/api/program-limits/proposals', proposal)).statusCode).toBe(403);
    }
    const proposed = await post(physicist, '/api/program-limits/proposals', proposal);
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json<ProgramLimitsVersion>().id;
    const cosign = (cookie: string, body: unknown) =>
      post(cookie, `/api/program-limits/proposals/${id}/cosignature`, body);
    const good = { password: TEST_PASSWORD, meaning: LIMITS_COSIGN_MEANING };
    for (const cookie of [admin, physicist])
      expect((await cosign(cookie, good)).statusCode).toBe(403);

    // Proposed is not in force: plans still use the defaults.
    expect((await limits()).current.version).toBe('default-1');
    expect((await limits()).pending.map((p) => p.id)).toEqual([id]);
    const meanwhile = await createPlanFor(t, physicist, patientId, DEMO_ID, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.9,
    });
    expect(meanwhile.output.status).toBe('ok');
    expect(meanwhile.limitsVersion).toBe('default-1');

    expect(
      (await cosign(oncologist, { ...good, password: 'not the password at all' })).statusCode,
    ).toBe(401);
    const wrongMeaning = await cosign(oncologist, { ...good, meaning: 'ok' });
    expect(wrongMeaning.statusCode).toBe(400);
    expect(problemPaths(wrongMeaning)).toEqual(['meaning']);
    expect((await limits()).current.version).toBe('default-1');

    const signed = await cosign(oncologist, good);
    expect(signed.statusCode).toBe(201);
    expect(signed.json<ProgramLimitsVersion>()).toMatchObject({
      version: 'v1',
      status: 'in-force',
      limits: STRICTER,
      cosignedBy: { email: 'rosa.oncologist@example.org' },
    });
    expect((await cosign(oncologist, good)).statusCode).toBe(404);

    const after = await createPlanFor(t, physicist, patientId, DEMO_ID, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.9,
    });
    expect(after.output.status).toBe('refused');
    expect(after.limitsVersion).toBe('v1');
    expect(after.output.limits).toEqual(STRICTER);

    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'before_json', 'after_json'])
      .where('record_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual([
      'program-limits.propose:success',
      'program-limits.cosign-failed:failure',
      'program-limits.cosign-failed:failure',
      'program-limits.cosign:success',
      'program-limits.cosign-failed:failure',
    ]);
    const cosigned = rows[3];
    expect(cosigned?.before_json).toContain('"minSkinDistanceCm":0.7');
    expect(cosigned?.after_json).toContain('"minSkinDistanceCm":1');
  });

  it('refuses proposals that would stop protecting anyone, naming each field', async () => {
    const bad = await post(physicist, '/api/program-limits/proposals', {
      limits: {
        ...DEFAULT_PLAN_LIMITS,
        minSkinDistanceCm: 0,
        warnSkinDistanceCm: 0,
        secondCheckTolerancePercent: 90,
        extra: 1,
      },
      reason: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(problemPaths(bad)).toEqual([
      'limits.extra',
      'limits.minSkinDistanceCm',
      'limits.secondCheckTolerancePercent',
      'limits.warnSkinDistanceCm',
      'reason',
    ]);
    const partial = await post(physicist, '/api/program-limits/proposals', {
      limits: { minSkinDistanceCm: 0.8 },
      reason: 'partial',
    });
    expect(partial.statusCode).toBe(400);
  });

  it('puts exactly one proposal in force when two co-signatures race, and keeps one pending proposal', async () => {
    const [a, b] = await Promise.all([
      post(physicist, '/api/program-limits/proposals', {
        limits: DEFAULT_PLAN_LIMITS,
        reason: 'back to defaults A',
      }),
      post(physicist, '/api/program-limits/proposals', {
        limits: DEFAULT_PLAN_LIMITS,
        reason: 'back to defaults B',
      }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const pending = (await limits()).pending;
    expect(pending).toHaveLength(1);
    const id = pending[0]?.id ?? '';
    const good = { password: TEST_PASSWORD, meaning: LIMITS_COSIGN_MEANING };
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        post(oncologist, `/api/program-limits/proposals/${id}/cosignature`, good),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 404, 404]);
    const overview = await limits();
    expect(overview.current.version).toBe('v2');
    expect(overview.history.map((v) => `${v.version ?? '-'}:${v.status}`)).toEqual(
      expect.arrayContaining(['v2:in-force', 'v1:superseded', 'default-1:default']),
    );
  });

  it('is readable by every role', async () => {
    for (const role of ['nurse', 'surgeon', 'research-coordinator', 'admin'] as const) {
      const cookie = await t.signInAs(role);
      expect(
        (await t.app.inject({ url: '/api/program-limits', headers: browserHeaders(cookie) }))
          .statusCode,
      ).toBe(200);
    }
  });
});

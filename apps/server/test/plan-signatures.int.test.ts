import {
  clinicalSignatureMeaning,
  signatureMeaning,
  type PlanSignature,
  type Problem,
  type StoredPlan,
} from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPatient } from './candidacy-fixtures.ts';
import {
  DEMO_ID,
  PLAN_INPUT,
  createPlanFor,
  planRequest,
  storeClinicalTestModel,
} from './plan-fixtures.ts';
import {
  TEST_PASSWORD,
  browserHeaders,
  createTestApp,
  problemPaths,
  type TestApp,
  NO_SUCH_ID,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const PHYSICS = signatureMeaning('medical-physicist', false);
const APPROVAL = signatureMeaning('radiation-oncologist', false);

describe.each(testDatabaseKinds())('plan signatures on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let physicist: string;
  let oncologist: string;
  let clinicalModelId: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database, { OPENIORT_LOGIN_ATTEMPTS_PER_15_MIN: '100' });
    physicist = await t.signInAs('medical-physicist', 'pia.physicist@example.org');
    oncologist = await t.signInAs('radiation-oncologist', 'rory.oncologist@example.org');
    clinicalModelId = (await storeClinicalTestModel(t)).id;
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const sign = (cookie: string, planId: string, body: Record<string, unknown>) =>
    planRequest(t, cookie, 'POST', `/api/plans/${planId}/signatures`, {
      password: TEST_PASSWORD,
      ...body,
    });
  const clinicalPlan = async () => {
    const patient = await addPatient(t, oncologist);
    return createPlanFor(t, physicist, patient.id, clinicalModelId);
  };
  const signAudit = (planId: string) =>
    t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', planId)
      .where('action', 'in', ['plan.sign', 'plan.sign-failed'])
      .orderBy('seq')
      .execute();

  it('records a physics review and a physician approval with name, role, time and meaning', async () => {
    const plan = await clinicalPlan();
    t.clock.advanceMinutes(2);
    const first = await sign(physicist, plan.id, { meaning: PHYSICS, version: 1 });
    expect(first.statusCode).toBe(201);
    const signedAt = t.clock.now().toISOString();
    expect(first.json<StoredPlan>().signatures).toEqual([
      expect.objectContaining({
        planId: plan.id,
        planVersion: 1,
        userName: 'Test medical-physicist',
        role: 'medical-physicist',
        kind: 'physics review',
        meaning: PHYSICS,
        signedAt,
      }),
    ]);
    t.clock.advanceMinutes(1);
    const second = await sign(oncologist, plan.id, { meaning: APPROVAL, version: 1 });
    expect(second.statusCode).toBe(201);
    const signed = second.json<StoredPlan>();
    expect(signed.signatures.map((s) => [s.role, s.kind])).toEqual([
      ['medical-physicist', 'physics review'],
      ['radiation-oncologist', 'physician approval'],
    ]);
    expect(signed.formerSignatures).toEqual([]);
    expect(signed.version).toBe(1);

    const audit = await signAudit(plan.id);
    expect(audit.map((r) => [r.action, r.actor_role, r.outcome])).toEqual([
      ['plan.sign', 'medical-physicist', 'success'],
      ['plan.sign', 'radiation-oncologist', 'success'],
    ]);
    expect(JSON.parse(audit[1]?.after_json ?? 'null')).toMatchObject({
      planVersion: 1,
      kind: 'physician approval',
      meaning: APPROVAL,
      userName: 'Test radiation-oncologist',
    });
    // The password is never recorded.
    expect(JSON.stringify(audit)).not.toContain(TEST_PASSWORD);

    const again = await sign(physicist, plan.id, { meaning: PHYSICS, version: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('conflict');
  });

  it('refuses a wrong password with 401, audited, and signs nothing', async () => {
    const plan = await clinicalPlan();
    const response = await sign(physicist, plan.id, {
      password: 'not my password at all',
      meaning: PHYSICS,
      version: 1,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<Problem>().code).toBe('invalid-credentials');
    const audit = await signAudit(plan.id);
    expect(audit.map((r) => [r.action, r.actor_role, r.outcome])).toEqual([
      ['plan.sign-failed', 'medical-physicist', 'failure'],
    ]);
    expect(JSON.parse(audit[0]?.detail ?? 'null')).toEqual({
      reason: 'wrong-password',
      version: 1,
    });
    const read = await planRequest(t, physicist, 'GET', `/api/plans/${plan.id}`);
    expect(read.json<StoredPlan>().signatures).toEqual([]);
    // Still signed in: a wrong signing password does not end the session.
    expect((await planRequest(t, physicist, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('drops signatures from the current version when the plan is edited, keeping them as former', async () => {
    const plan = await clinicalPlan();
    await sign(physicist, plan.id, { meaning: PHYSICS, version: 1 });
    t.clock.advanceMinutes(1);
    await sign(oncologist, plan.id, { meaning: APPROVAL, version: 1 });
    const edited = await planRequest(t, physicist, 'PUT', `/api/plans/${plan.id}`, {
      sourceId: clinicalModelId,
      input: { ...PLAN_INPUT, skinDistanceCm: 1.4 },
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const v2 = edited.json<StoredPlan>();
    expect(v2.version).toBe(2);
    expect(v2.signatures).toEqual([]);
    expect(v2.formerSignatures.map((s: PlanSignature) => [s.planVersion, s.kind])).toEqual([
      [1, 'physics review'],
      [1, 'physician approval'],
    ]);

    const stale = await sign(oncologist, plan.id, { meaning: APPROVAL, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem & { currentVersion: number }>()).toMatchObject({
      code: 'version-conflict',
      currentVersion: 2,
    });
    const fresh = await sign(oncologist, plan.id, { meaning: APPROVAL, version: 2 });
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json<StoredPlan>().signatures.map((s) => s.planVersion)).toEqual([2]);
    expect(fresh.json<StoredPlan>().formerSignatures).toHaveLength(2);

    const update = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', plan.id)
      .where('action', '=', 'plan.update')
      .executeTakeFirstOrThrow();
    expect(
      (JSON.parse(update.detail ?? 'null') as { signaturesNoLongerValid: string[] })
        .signaturesNoLongerValid,
    ).toHaveLength(2);
    const failed = (await signAudit(plan.id)).find((r) => r.action === 'plan.sign-failed');
    expect(JSON.parse(failed?.detail ?? 'null')).toEqual({ reason: 'stale-version', version: 1 });
  });

  it('never approves a demonstration-model plan for treatment', async () => {
    const patient = await addPatient(t, oncologist);
    const plan = await createPlanFor(t, physicist, patient.id, DEMO_ID);
    expect(plan.demonstration).toBe(true);
    const approve = await sign(oncologist, plan.id, {
      meaning: clinicalSignatureMeaning('radiation-oncologist'),
      version: 1,
    });
    expect(approve.statusCode).toBe(422);
    const problem = approve.json<Problem & { expectedMeaning: string }>();
    expect(problem.code).toBe('demonstration-model');
    expect(problem.expectedMeaning).toBe(signatureMeaning('radiation-oncologist', true));
    expect(problem.expectedMeaning).toMatch(/not for clinical use/);

    const review = await sign(oncologist, plan.id, {
      meaning: signatureMeaning('radiation-oncologist', true),
      version: 1,
    });
    expect(review.statusCode).toBe(201);
    expect(review.json<StoredPlan>().signatures[0]?.meaning).toMatch(/not for clinical use/);
  });

  it('refuses a statement other than the one shown, a refused plan, and a bad body', async () => {
    const plan = await clinicalPlan();
    const wrongMeaning = await sign(physicist, plan.id, { meaning: 'Looks fine', version: 1 });
    expect(wrongMeaning.statusCode).toBe(400);
    expect(wrongMeaning.json<Problem>().errors?.[0]?.path).toBe('meaning');
    // A physicist cannot give the physician's approval.
    const otherRole = await sign(physicist, plan.id, { meaning: APPROVAL, version: 1 });
    expect(otherRole.statusCode).toBe(400);

    const patient = await addPatient(t, oncologist);
    const refused = await createPlanFor(t, physicist, patient.id, clinicalModelId, {
      ...PLAN_INPUT,
      skinDistanceCm: 0.3,
    });
    const signRefused = await sign(physicist, refused.id, { meaning: PHYSICS, version: 1 });
    expect(signRefused.statusCode).toBe(422);
    expect(signRefused.json<Problem>().code).toBe('plan-refused');

    const body = await planRequest(t, physicist, 'POST', `/api/plans/${plan.id}/signatures`, {
      meaning: PHYSICS,
    });
    expect(problemPaths(body)).toEqual(['password', 'version']);
    expect((await sign(physicist, NO_SUCH_ID, { meaning: PHYSICS, version: 1 })).statusCode).toBe(
      404,
    );
  });

  it('rate-limits signing attempts per signer', async () => {
    const limited = await createTestApp(database, { OPENIORT_LOGIN_ATTEMPTS_PER_15_MIN: '2' });
    try {
      const cookie = await limited.signInAs('medical-physicist');
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: `/api/plans/${NO_SUCH_ID}/signatures`,
          headers: browserHeaders(cookie),
          payload: { password: 'wrong password here', meaning: PHYSICS, version: 1 },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json<Problem>().code).toBe('rate-limited');
      // Another signer is not held back by the first one's attempts.
      const other = await limited.signInAs('radiation-oncologist');
      const theirs = await limited.app.inject({
        method: 'POST',
        url: `/api/plans/${NO_SUCH_ID}/signatures`,
        headers: browserHeaders(other),
        payload: { password: TEST_PASSWORD, meaning: APPROVAL, version: 1 },
      });
      expect(theirs.statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });
});

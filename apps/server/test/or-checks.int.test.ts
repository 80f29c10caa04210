import type {
  OrSessionState,
  OutputCheckRecordDto,
  Problem,
  Role,
  SessionChecklistDto,
  SessionChecksDto,
  StoredPlan,
} from '@openiort/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  confirmChecklist,
  openSession,
  outputCheckBody,
  planForDelivery,
  postAnswer,
  postEvent,
  postOutputCheck,
  prepareForBeamOn,
  signAs,
} from './or-session-fixtures.ts';
import { planRequest } from './plan-fixtures.ts';
import { NO_SUCH_ID, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

// Each test answers the two time-outs item by item through the API (≈20 requests): on a shared
// machine that outlasts the default 5 s.
describe.each(testDatabaseKinds())(
  'checks before beam-on on $name',
  { timeout: 30_000 },
  (kind) => {
    let database: TestDatabase;
    let t: TestApp;
    let physicist: string;
    let oncologist: string;
    let nurse: string;

    beforeAll(async () => {
      database = await kind.create();
      t = await createTestApp(database);
    });
    beforeEach(async () => {
      physicist = await t.signInAs('medical-physicist');
      oncologist = await t.signInAs('radiation-oncologist');
      nurse = await t.signInAs('nurse');
    });
    afterAll(async () => {
      await t.close();
      await database.drop();
    });

    const state = async (id: string) =>
      (await planRequest(t, nurse, 'GET', `/api/or-sessions/${id}`)).json<OrSessionState>();
    const checks = async (id: string) =>
      (
        await planRequest(t, nurse, 'GET', `/api/or-sessions/${id}/checks`)
      ).json<SessionChecksDto>();
    const gate = (s: OrSessionState, name: string) => s.beamOnGates.find((g) => g.name === name);
    const start = (id: string) => postEvent(t, physicist, id, { type: 'start', expectedSeq: 0 });
    const expectRefused = async (id: string, detail: RegExp) => {
      const refused = await start(id);
      expect(refused.statusCode).toBe(422);
      const problem = refused.json<Problem>();
      expect(problem.code).toBe('beam-on-blocked');
      expect(problem.detail).toMatch(detail);
      expect((await state(id)).seq).toBe(0);
    };
    const freshSession = async () => {
      const plan = await planForDelivery(t, physicist, oncologist);
      return openSession(t, physicist, plan.id);
    };

    it('allows beam-on only when the plan is signed, the time-outs complete and the output check passed', async () => {
      const opened = await freshSession();
      await expectRefused(opened.id, /No output check has been recorded/);
      await expectRefused(opened.id, /IORT time-out .*not answered/);

      await confirmChecklist(t, nurse, opened.id, 'who-time-out');
      await confirmChecklist(t, nurse, opened.id, 'iort-time-out');
      expect(gate(await state(opened.id), 'time-out-checklist-complete')).toEqual({
        name: 'time-out-checklist-complete',
        ok: true,
      });
      await expectRefused(opened.id, /No output check/);

      // A failing check (measured 1/1.2 of the expected strength) keeps the beam off.
      const planned = opened.plannedAirKermaStrengthU;
      const failing = await postOutputCheck(
        t,
        physicist,
        opened.id,
        outputCheckBody(t.ctx.now(), planned, planned * 1.2),
      );
      expect(failing.statusCode).toBe(201);
      const failed = failing.json<OutputCheckRecordDto>();
      expect(failed.result.status).toBe('fail');
      expect(failed.result.ratio).toBeCloseTo(1 / 1.2, 9);
      expect(failed.result.failures.map((f) => f.code)).toContain('ratio-outside-tolerance');
      expect(failed.checkedBy.role).toBe('medical-physicist');
      expect(failed.checkedAt).toBe(t.ctx.now().toISOString());
      await expectRefused(opened.id, /latest output check .* failed: Measured/);

      const passing = await postOutputCheck(
        t,
        physicist,
        opened.id,
        outputCheckBody(t.ctx.now(), planned),
      );
      expect(passing.json<OutputCheckRecordDto>().result).toMatchObject({
        status: 'pass',
        ratio: 1,
      });
      expect((await state(opened.id)).beamOnGates.every((g) => g.ok)).toBe(true);
      const started = await start(opened.id);
      expect(started.statusCode).toBe(200);
      expect(started.json<OrSessionState>().status).toBe('delivering');

      // Both checks are kept, oldest first; the latest counts.
      const stored = await checks(opened.id);
      expect(stored.outputChecks.map((c) => [c.seq, c.result.status])).toEqual([
        [1, 'fail'],
        [2, 'pass'],
      ]);
      expect(stored.outputChecks[1]?.input).toMatchObject({ measuredAirKermaStrengthU: planned });
    });

    it('lets a later failing output check take the beam away again', async () => {
      const opened = await freshSession();
      await prepareForBeamOn(t, physicist, opened);
      const planned = opened.plannedAirKermaStrengthU;
      await postOutputCheck(
        t,
        physicist,
        opened.id,
        outputCheckBody(t.ctx.now(), planned * 1.5, planned),
      );
      expect(gate(await state(opened.id), 'output-check-passed')).toMatchObject({
        ok: false,
        code: 'output-check-failed',
      });
      await expectRefused(opened.id, /output check .* failed/);
    });

    it('starts only a final plan computed from the measured strength, recomputed and signed in the room', async () => {
      const opened = await freshSession();
      await prepareForBeamOn(t, physicist, opened);
      const measuredU = opened.plannedAirKermaStrengthU * 0.97; // within the ±5 % output tolerance
      const check = await postOutputCheck(
        t,
        physicist,
        opened.id,
        outputCheckBody(t.ctx.now(), measuredU, opened.plannedAirKermaStrengthU),
      );
      expect(check.json<OutputCheckRecordDto>().result.status).toBe('pass');
      expect(gate(await state(opened.id), 'final-plan-uses-measured-strength')).toMatchObject({
        ok: false,
        code: 'plan-strength-not-measured',
      });
      await expectRefused(opened.id, /uses 10000\.0 U, but the output check measured 9700\.0 U/);

      // Only before beam-on, only by the people who edit plans, only from the version they saw.
      const url = `/api/or-sessions/${opened.id}/final-plan`;
      expect((await planRequest(t, nurse, 'POST', url, { planVersion: 1 })).statusCode).toBe(403);
      const stale = await planRequest(t, physicist, 'POST', url, { planVersion: 7 });
      expect(stale.statusCode).toBe(409);
      const strengthSent = await planRequest(t, physicist, 'POST', url, {
        planVersion: 1,
        airKermaStrengthU: 12_000,
      });
      expect(strengthSent.statusCode).toBe(400);
      expect(problemPaths(strengthSent)).toEqual(['airKermaStrengthU']);
      const badVolume = await planRequest(t, physicist, 'POST', url, {
        planVersion: 1,
        fillVolumeCc: 'forty',
      });
      expect(problemPaths(badVolume)).toEqual(['fillVolumeCc']);

      const startedAt = performance.now();
      const recomputed = await planRequest(t, physicist, 'POST', url, {
        planVersion: 1,
        fillVolumeCc: 50,
        skinDistanceCm: 1.1,
      });
      const recomputeMs = performance.now() - startedAt;
      expect(recomputed.statusCode).toBe(201);
      const plan = recomputed.json<StoredPlan>();
      expect(plan.version).toBe(2);
      expect(plan.input).toMatchObject({
        airKermaStrengthU: measuredU,
        applicator: { fillVolumeCc: 50 },
        skinDistanceCm: 1.1,
        chestWallDistanceCm: 1.5,
      });
      expect(plan.output.status).toBe('ok');
      // Issue 13: "recomputes in well under a second" (here through the whole HTTP stack).
      console.log(`final plan recomputed in ${recomputeMs.toFixed(0)} ms (${kind.name})`);
      expect(recomputeMs).toBeLessThan(1000);

      // The session follows the new version until beam-on; it needs both signatures again.
      const following = await state(opened.id);
      expect(following.planVersion).toBe(2);
      expect(following.plannedAirKermaStrengthU).toBeCloseTo(measuredU, 9);
      expect(gate(following, 'final-plan-uses-measured-strength')?.ok).toBe(true);
      expect(gate(following, 'final-plan-signed')).toMatchObject({
        ok: false,
        code: 'plan-not-signed',
      });
      await signAs(t, physicist, plan, 'medical-physicist');
      await signAs(t, oncologist, plan, 'radiation-oncologist');
      expect((await state(opened.id)).beamOnGates.every((g) => g.ok)).toBe(true);
      expect((await start(opened.id)).statusCode).toBe(200);

      // The start fixed version 2: a later edit of the plan changes nothing in this delivery.
      const started = await state(opened.id);
      expect(started.planVersion).toBe(2);
      const after = await planRequest(t, physicist, 'POST', url, { planVersion: 2 });
      expect(after.statusCode).toBe(409);
      expect(after.json<Problem>().detail).toMatch(/delivery has started/);
    });

    it('refuses the final plan without a passing output check', async () => {
      const opened = await freshSession();
      const url = `/api/or-sessions/${opened.id}/final-plan`;
      const refused = await planRequest(t, physicist, 'POST', url, { planVersion: 1 });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<Problem>().detail).toMatch(/no passing output check/);
      expect(gate(await state(opened.id), 'final-plan-uses-measured-strength')).toMatchObject({
        ok: false,
        code: 'awaiting-output-check',
      });
    });

    it('names each missing time-out item, and refuses a pass-over without a reason', async () => {
      const opened = await freshSession();
      await confirmChecklist(t, nurse, opened.id, 'who-time-out');
      await postOutputCheck(
        t,
        physicist,
        opened.id,
        outputCheckBody(t.ctx.now(), opened.plannedAirKermaStrengthU),
      );
      const iort = (await checks(opened.id)).checklists.find((c) => c.key === 'iort-time-out');
      const items = iort?.template.items ?? [];
      const passable = items.find((i) => i.passOver === 'with-reason');
      const mandatory = items.find((i) => i.passOver === 'never');
      if (passable === undefined || mandatory === undefined)
        throw new Error('the shipped IORT time-out has both kinds of item');
      for (const item of items.filter((i) => i !== passable)) {
        const answered = await postAnswer(t, nurse, opened.id, 'iort-time-out', item.id, {
          answer: 'yes',
        });
        expect(answered.statusCode).toBe(201);
      }
      await expectRefused(
        opened.id,
        new RegExp(`1 item not answered: '${passable.text.slice(0, 20)}`),
      );

      for (const body of [{ answer: 'passed-over' }, { answer: 'passed-over', reason: '   ' }]) {
        const noReason = await postAnswer(t, nurse, opened.id, 'iort-time-out', passable.id, body);
        expect(noReason.statusCode).toBe(400);
        expect(problemPaths(noReason)).toEqual(['reason']);
      }
      const never = await postAnswer(t, nurse, opened.id, 'iort-time-out', mandatory.id, {
        answer: 'passed-over',
        reason: 'Not today (fictional)',
      });
      expect(never.statusCode).toBe(400);
      expect(problemPaths(never)).toEqual(['answer']);
      await expectRefused(opened.id, /not answered/);

      const passedOver = await postAnswer(t, nurse, opened.id, 'iort-time-out', passable.id, {
        answer: 'passed-over',
        reason: 'Shielding not used: fictional case, documented by the physicist',
      });
      expect(passedOver.statusCode).toBe(201);
      const checklist = passedOver.json<SessionChecklistDto>();
      expect(checklist.completeness.complete).toBe(true);
      const last = checklist.answers.at(-1);
      expect(last).toMatchObject({
        itemId: passable.id,
        answer: 'passed-over',
        reason: 'Shielding not used: fictional case, documented by the physicist',
        by: { role: 'nurse' },
        at: t.ctx.now().toISOString(),
      });
      expect((await start(opened.id)).statusCode).toBe(200);
    });

    it('records answers against the checklist version of the session’s first answer', async () => {
      const opened = await freshSession();
      const first = await postAnswer(
        t,
        nurse,
        opened.id,
        'iort-time-out',
        'prescription-read-back',
        {
          answer: 'yes',
        },
      );
      const version = first.statusCode === 201 ? first.json<SessionChecklistDto>().version : null;
      expect(version).toBe('default-1');
      const rows = await t.ctx.db
        .selectFrom('or_checklist_answers')
        .select(['checklist_version', 'answered_by_role', 'answered_at'])
        .where('session_id', '=', opened.id)
        .execute();
      expect(rows).toEqual([
        {
          checklist_version: 'default-1',
          answered_by_role: 'nurse',
          answered_at: t.ctx.now().toISOString(),
        },
      ]);
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'outcome'])
        .where('record_id', '=', opened.id)
        .where('action', '=', 'or-session.checklist-answer')
        .execute();
      expect(audit).toEqual([{ action: 'or-session.checklist-answer', outcome: 'success' }]);
    });

    it('lets only the physicist record an output check and only the room team answer', async () => {
      const opened = await freshSession();
      const body = outputCheckBody(t.ctx.now(), opened.plannedAirKermaStrengthU);
      const roles: Role[] = [
        'admin',
        'radiation-oncologist',
        'surgeon',
        'nurse',
        'research-coordinator',
      ];
      for (const role of roles) {
        const cookie = await t.signInAs(role);
        expect((await postOutputCheck(t, cookie, opened.id, body)).statusCode, role).toBe(403);
      }
      for (const role of ['admin', 'research-coordinator'] as Role[]) {
        const cookie = await t.signInAs(role);
        const answered = await postAnswer(
          t,
          cookie,
          opened.id,
          'iort-time-out',
          'prescription-read-back',
          {
            answer: 'yes',
          },
        );
        expect(answered.statusCode, role).toBe(403);
      }
      for (const role of [
        'surgeon',
        'radiation-oncologist',
        'medical-physicist',
        'nurse',
      ] as Role[]) {
        const cookie = await t.signInAs(role);
        const answered = await postAnswer(t, cookie, opened.id, 'who-time-out', 'team-introduced', {
          answer: 'yes',
        });
        expect(answered.statusCode, role).toBe(201);
      }
      expect((await checks(opened.id)).outputChecks).toEqual([]);
    });

    it('refuses malformed checks and answers by field, and unknown sessions, keys and items', async () => {
      const opened = await freshSession();
      const good = outputCheckBody(t.ctx.now(), opened.plannedAirKermaStrengthU);
      const badCheck = await postOutputCheck(t, physicist, opened.id, {
        ...good,
        temperatureC: 70,
        reading: { ...good.reading, extra: 1 },
        outputTolerancePercent: 50,
      });
      expect(badCheck.statusCode).toBe(400);
      expect(problemPaths(badCheck)?.sort()).toEqual([
        'outputTolerancePercent',
        'reading.extra',
        'temperatureC',
      ]);
      const badAnswer = await postAnswer(
        t,
        nurse,
        opened.id,
        'iort-time-out',
        'prescription-read-back',
        {
          answer: 'maybe',
          by: 'someone else',
        },
      );
      expect(badAnswer.statusCode).toBe(400);
      expect(problemPaths(badAnswer)?.sort()).toEqual(['answer', 'by'].sort());
      const unknownItem = await postAnswer(t, nurse, opened.id, 'iort-time-out', 'no-such-item', {
        answer: 'yes',
      });
      expect(problemPaths(unknownItem)).toEqual(['itemId']);
      const badKey = await postAnswer(t, nurse, opened.id, 'not-a-checklist', 'x', {
        answer: 'yes',
      });
      expect(problemPaths(badKey)).toEqual(['checklistKey']);
      const badItem = await postAnswer(t, nurse, opened.id, 'iort-time-out', 'Bad_Item', {
        answer: 'yes',
      });
      expect(problemPaths(badItem)).toEqual(['itemId']);
      expect((await postOutputCheck(t, physicist, NO_SUCH_ID, good)).statusCode).toBe(404);
      const stored = await checks(opened.id);
      expect(stored.outputChecks).toEqual([]);
      expect(stored.checklists.every((c) => c.answers.length === 0)).toBe(true);
    });
  },
);

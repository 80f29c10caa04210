import type { OrSessionState, Problem } from '@openiort/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  openSession,
  planForDelivery,
  postEvent,
  prepareForBeamOn,
  seconds,
} from './or-session-fixtures.ts';
import { DEFAULT_CHECKLISTS } from '../src/checklists/default-checklists.ts';
import { planRequest } from './plan-fixtures.ts';
import { NO_SUCH_ID, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('OR sessions on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let physicist: string;
  let oncologist: string;
  let nurse: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
  });
  // Each test moves the clock by minutes; fresh sign-ins keep idle time-outs out of the way.
  beforeEach(async () => {
    physicist = await t.signInAs('medical-physicist');
    oncologist = await t.signInAs('radiation-oncologist');
    nurse = await t.signInAs('nurse');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const get = (cookie: string, id: string) =>
    planRequest(t, cookie, 'GET', `/api/or-sessions/${id}`);
  const auditActions = async (id: string) =>
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'outcome'])
        .where('record_id', '=', id)
        .orderBy('seq')
        .execute()
    ).map((r) => `${r.action}:${r.outcome}`);

  it('delivers a signed plan: server-stamped times, interrupt, source change, resume, complete', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    // No case links this plan: the session stands alone (cases-api.int.test.ts links one).
    expect(opened).toMatchObject({ status: 'not-started', seq: 0, caseId: null });
    expect(opened.beamOnGates.map((g) => [g.name, g.ok])).toEqual([
      ['final-plan-signed', true],
      ['time-out-checklist-complete', false],
      ['output-check-passed', false],
      ['final-plan-uses-measured-strength', false],
    ]);
    const totalS = opened.remainingTimeS;
    expect(totalS).toBeGreaterThan(60);
    await prepareForBeamOn(t, physicist, opened);
    expect((await get(nurse, opened.id)).json<OrSessionState>().beamOnGates).toEqual([
      { name: 'final-plan-signed', ok: true },
      { name: 'time-out-checklist-complete', ok: true },
      { name: 'output-check-passed', ok: true },
      { name: 'final-plan-uses-measured-strength', ok: true },
    ]);

    const started = await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
    expect(started.statusCode).toBe(200);
    expect(started.json<OrSessionState>()).toMatchObject({ status: 'delivering', seq: 1 });

    seconds(t, 30);
    // The time runs on the server's clock without any event.
    const live = (await get(nurse, opened.id)).json<OrSessionState>();
    expect(live.elapsedS).toBeCloseTo(30, 6);
    expect(live.remainingTimeS).toBeCloseTo(totalS - 30, 6);

    const interrupted = await postEvent(t, physicist, opened.id, {
      type: 'interrupt',
      expectedSeq: 1,
      category: 'source-failure',
      termination: 'machine',
      reason: 'Controller reported a source fault (fictional)',
    });
    expect(interrupted.statusCode).toBe(200);
    const afterInterrupt = interrupted.json<OrSessionState>();
    expect(afterInterrupt.status).toBe('interrupted');
    expect(afterInterrupt.events[1]).toMatchObject({
      type: 'interrupt',
      atS: 30,
      category: 'source-failure',
      termination: 'machine',
      actor: { role: 'medical-physicist' },
    });
    expect(afterInterrupt.beamOnTimeS).toBeCloseTo(30, 6);

    // While interrupted, nothing is delivered however long it takes.
    seconds(t, 120);
    expect((await get(nurse, opened.id)).json<OrSessionState>().remainingTimeS).toBeCloseTo(
      totalS - 30,
      6,
    );

    const range = afterInterrupt.plausibleStrengthU;
    const tooHigh = await postEvent(t, physicist, opened.id, {
      type: 'source-change',
      expectedSeq: 2,
      airKermaStrengthU: range.maxU * 10,
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(problemPaths(tooHigh)).toEqual(['airKermaStrengthU']);
    expect(tooHigh.json<Problem>().errors?.[0]?.message).toMatch(/implausible for this source/);

    const newStrength = range.centreU * 1.1;
    const changed = await postEvent(t, physicist, opened.id, {
      type: 'source-change',
      expectedSeq: 2,
      airKermaStrengthU: newStrength,
    });
    expect(changed.statusCode).toBe(200);
    const afterChange = changed.json<OrSessionState>();
    // Remaining real time scales by S_before / S_after (operating-room.md §1.4 step 4).
    expect(afterChange.remainingTimeS).toBeCloseTo(
      ((totalS - 30) * afterInterrupt.airKermaStrengthU) / newStrength,
      6,
    );
    expect(afterChange.airKermaStrengthU).toBe(newStrength);

    const early = await postEvent(t, physicist, opened.id, { type: 'complete', expectedSeq: 3 });
    expect(early.statusCode).toBe(422);
    expect(early.json<Problem>()).toMatchObject({ code: 'delivery-refused' });
    expect(early.json<Problem>().detail).toMatch(/complete while .* s remain/i);

    expect(
      (await postEvent(t, physicist, opened.id, { type: 'resume', expectedSeq: 3 })).statusCode,
    ).toBe(200);
    seconds(t, afterChange.remainingTimeS + 1);
    const done = await postEvent(t, oncologist, opened.id, { type: 'complete', expectedSeq: 4 });
    expect(done.statusCode).toBe(200);
    const final = done.json<OrSessionState>();
    expect(final).toMatchObject({ status: 'complete', seq: 5, reportable: false });
    expect(final.remainingTimeS).toBeCloseTo(0, 6);
    expect(Math.abs(final.deviationPercent)).toBeLessThan(1e-6);
    expect(final.events.map((e) => e.type)).toEqual([
      'start',
      'interrupt',
      'source-change',
      'resume',
      'complete',
    ]);
    // Elapsed time is frozen once finished.
    seconds(t, 60);
    expect((await get(nurse, opened.id)).json<OrSessionState>().elapsedS).toBe(
      final.events[4]?.atS,
    );
    const actions = await auditActions(opened.id);
    expect(actions.filter((a) => !a.startsWith('or-session.event'))).toEqual([
      'or-session.create:success',
      ...DEFAULT_CHECKLISTS.filter((c) => c.key.endsWith('time-out')).flatMap((c) =>
        c.items.map(() => 'or-session.checklist-answer:success'),
      ),
      'or-session.output-check:success',
    ]);
    expect(actions.filter((a) => a.startsWith('or-session.event'))).toEqual([
      'or-session.event:success',
      'or-session.event:success',
      'or-session.event-refused:failure',
      'or-session.event:success',
      'or-session.event-refused:failure',
      'or-session.event:success',
      'or-session.event:success',
    ]);
    // A finished session lets the plan have a new one.
    expect((await openSession(t, physicist, plan.id)).status).toBe('not-started');
  });

  it('refuses beam-on until both signers have signed, naming who is missing', async () => {
    const plan = await planForDelivery(t, physicist, oncologist, false);
    const opened = await openSession(t, physicist, plan.id);
    expect(opened.beamOnGates[0]).toMatchObject({ ok: false, code: 'plan-not-signed' });
    const refused = await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<Problem>();
    expect(problem.code).toBe('beam-on-blocked');
    expect(problem.detail).toMatch(/medical physicist .* and a radiation oncologist/);
    expect((await get(nurse, opened.id)).json<OrSessionState>().seq).toBe(0);
  });

  it('refuses impossible events with the engine’s reason, and changes nothing', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    const cases: [unknown, number, RegExp][] = [
      [{ type: 'resume', expectedSeq: 0 }, 422, /resume before interrupt/i],
      [{ type: 'complete', expectedSeq: 0 }, 422, /complete before start/i],
      [
        { type: 'interrupt', expectedSeq: 0, category: 'power', termination: 'operator' },
        422,
        /interrupt while not-started/i,
      ],
      [
        {
          type: 'source-change',
          expectedSeq: 0,
          airKermaStrengthU: opened.plausibleStrengthU.centreU,
        },
        422,
        /interrupt the delivery first/,
      ],
    ];
    for (const [body, status, detail] of cases) {
      const response = await postEvent(t, physicist, opened.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json<Problem>().detail, JSON.stringify(body)).toMatch(detail);
    }
    expect((await get(nurse, opened.id)).json<OrSessionState>()).toMatchObject({
      seq: 0,
      events: [],
    });
  });

  it('refuses malformed events by field: client times, unknown keys, categories, abandon here', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    const cases: [unknown, string[]][] = [
      [{ type: 'start', expectedSeq: 0, atS: 12 }, ['atS']],
      [{ type: 'start' }, ['expectedSeq']],
      [{ type: 'start', expectedSeq: -1 }, ['expectedSeq']],
      [{ type: 'start', expectedSeq: 0.5 }, ['expectedSeq']],
      [{ type: 'abandon', expectedSeq: 0, reason: 'x' }, ['type']],
      [{ type: 'teleport', expectedSeq: 0 }, ['type']],
      [
        { type: 'interrupt', expectedSeq: 0, category: 'boredom', termination: 'operator' },
        ['category'],
      ],
      [{ type: 'interrupt', expectedSeq: 0, category: 'power' }, ['termination']],
      [
        {
          type: 'interrupt',
          expectedSeq: 0,
          category: 'power',
          termination: 'operator',
          reason: '',
        },
        ['reason'],
      ],
      [{ type: 'source-change', expectedSeq: 0, airKermaStrengthU: -3 }, ['airKermaStrengthU']],
      [{ type: 'source-change', expectedSeq: 0, airKermaStrengthU: '40' }, ['airKermaStrengthU']],
      [[], ['(body)']],
    ];
    for (const [body, paths] of cases) {
      const response = await postEvent(t, physicist, opened.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(problemPaths(response), JSON.stringify(body)).toEqual(paths);
    }
    const abandon = await planRequest(
      t,
      oncologist,
      'POST',
      `/api/or-sessions/${opened.id}/abandon`,
      {
        expectedSeq: 0,
      },
    );
    expect(problemPaths(abandon)).toEqual(['reason']);
    const create = await planRequest(t, physicist, 'POST', `/api/plans/${plan.id}/or-sessions`, {
      caseId: 5,
      extra: true,
    });
    expect(problemPaths(create)).toEqual(['caseId', 'extra']);
    expect((await get(nurse, opened.id)).json<OrSessionState>().seq).toBe(0);
  });

  it('lets exactly one of two concurrent posts win; the other gets 409 with the current seq', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    await prepareForBeamOn(t, physicist, opened);
    const s0 = await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
    expect(s0.statusCode, s0.body).toBe(200);
    seconds(t, 5);
    const interrupt = {
      type: 'interrupt',
      expectedSeq: 1,
      category: 'safety',
      termination: 'operator',
    };
    const answers = await Promise.all([
      postEvent(t, physicist, opened.id, interrupt),
      postEvent(t, oncologist, opened.id, interrupt),
      postEvent(t, physicist, opened.id, interrupt),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    for (const loser of answers.filter((a) => a.statusCode === 409))
      expect(loser.json<Problem>().code).toBe('version-conflict');
    const state = (await get(nurse, opened.id)).json<OrSessionState>();
    expect(state.events.map((e) => e.seq)).toEqual([1, 2]);
    // A stale seq is refused even when the event itself would be possible.
    const stale = await postEvent(t, physicist, opened.id, { type: 'resume', expectedSeq: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('lets only the radiation oncologist abandon, with a reason; nothing follows an abandon', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    await prepareForBeamOn(t, physicist, opened);
    await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
    seconds(t, 10);
    const body = { expectedSeq: 1, reason: 'Converted to whole-breast irradiation (fictional)' };
    const byPhysicist = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${opened.id}/abandon`,
      body,
    );
    expect(byPhysicist.statusCode).toBe(403);
    const abandoned = await planRequest(
      t,
      oncologist,
      'POST',
      `/api/or-sessions/${opened.id}/abandon`,
      body,
    );
    expect(abandoned.statusCode).toBe(200);
    const state = abandoned.json<OrSessionState>();
    expect(state.status).toBe('abandoned');
    expect(state.beamOnTimeS).toBeCloseTo(10, 6);
    expect(state.deliveredDoseGy).toBeLessThan(state.prescribedDoseGy);
    expect(state.reportable).toBe(true);
    const after = await postEvent(t, physicist, opened.id, { type: 'resume', expectedSeq: 2 });
    expect(after.statusCode).toBe(422);
    expect(after.json<Problem>().detail).toMatch(/after the delivery was abandoned/i);
  });

  it('keeps one open session per plan, answers 404 for unknown ones, lists a plan’s sessions', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const first = await openSession(t, physicist, plan.id);
    const second = await planRequest(
      t,
      oncologist,
      'POST',
      `/api/plans/${plan.id}/or-sessions`,
      {},
    );
    expect(second.statusCode).toBe(409);
    expect(second.json<Problem>().detail).toContain(first.id);
    expect((await get(nurse, NO_SUCH_ID)).statusCode).toBe(404);
    const noPlan = await planRequest(
      t,
      physicist,
      'POST',
      `/api/plans/${NO_SUCH_ID}/or-sessions`,
      {},
    );
    expect(noPlan.statusCode).toBe(404);
    const list = await planRequest(t, nurse, 'GET', `/api/plans/${plan.id}/or-sessions`);
    expect(list.json<{ items: { id: string }[] }>().items.map((s) => s.id)).toEqual([first.id]);
  });

  it('tells the time, for clients to correct their offset', async () => {
    const response = await planRequest(t, nurse, 'GET', '/api/time');
    expect(response.json()).toEqual({ serverNow: t.clock.now().toISOString() });
  });
});

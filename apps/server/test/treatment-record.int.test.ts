import {
  recordSignatureMeaning,
  type OrSessionState,
  type Problem,
  type TreatmentRecordDto,
} from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmChecklist,
  openSession,
  outputCheckBody,
  planForDelivery,
  postAnswer,
  postEvent,
  postOutputCheck,
  prepareForBeamOn,
  reconcileAsRecorded,
  seconds,
} from './or-session-fixtures.ts';
import { pdfOnDisk } from './pdf-tools.ts';
import { planRequest } from './plan-fixtures.ts';
import {
  NO_SUCH_ID,
  TEST_PASSWORD,
  createTestApp,
  problemPaths,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('treatment record on $name', { timeout: 60_000 }, (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let physicist: string;
  let oncologist: string;
  let nurse: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    physicist = await t.signInAs('medical-physicist');
    oncologist = await t.signInAs('radiation-oncologist');
    nurse = await t.signInAs('nurse');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const record = async (sessionId: string, cookie = nurse) => {
    const response = await planRequest(t, cookie, 'GET', `/api/or-sessions/${sessionId}/record`);
    expect(response.statusCode).toBe(200);
    return response.json<TreatmentRecordDto>();
  };
  const sign = (sessionId: string, cookie: string, body: object) =>
    planRequest(t, cookie, 'POST', `/api/or-sessions/${sessionId}/record/signatures`, body);
  const signAsRole = async (
    sessionId: string,
    cookie: string,
    role: 'medical-physicist' | 'radiation-oncologist',
  ) => {
    const current = await record(sessionId, cookie);
    return sign(sessionId, cookie, {
      password: TEST_PASSWORD,
      meaning: recordSignatureMeaning(role, current.content.demonstration),
      contentHash: current.contentHash,
    });
  };
  const event = async (sessionId: string, cookie: string, body: object) => {
    const response = await postEvent(t, cookie, sessionId, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OrSessionState>();
  };
  const auditActions = async (sessionId: string) =>
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'outcome'])
        .where('record_id', '=', sessionId)
        .orderBy('seq')
        .execute()
    ).map((r) => `${r.action}:${r.outcome}`);

  /** A delivery with an interruption and a source change, run to completion. */
  const deliveredSession = async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    await prepareForBeamOn(t, physicist, opened);
    await event(opened.id, physicist, { type: 'start', expectedSeq: 0 });
    seconds(t, 40);
    await event(opened.id, physicist, {
      type: 'interrupt',
      expectedSeq: 1,
      category: 'device-fault',
      termination: 'machine',
      reason: 'controller fault code shown',
    });
    seconds(t, 90);
    const changed = await event(opened.id, physicist, {
      type: 'source-change',
      expectedSeq: 2,
      airKermaStrengthU: opened.plannedAirKermaStrengthU * 1.05,
    });
    await event(opened.id, physicist, { type: 'resume', expectedSeq: 3 });
    seconds(t, changed.remainingTimeS + 1);
    await event(opened.id, oncologist, { type: 'complete', expectedSeq: 4 });
    return opened;
  };

  it('is signed by both after the delivery and the sign-out, then locked; corrections are addenda', async () => {
    const session = await deliveredSession();
    const draft = await record(session.id);
    expect(draft.status).toBe('draft');
    expect(draft.locked).toBe(false);
    expect(draft.content.delivery).toMatchObject({ status: 'complete', reportable: false });
    expect(Math.abs(draft.content.delivery.deviationPercent)).toBeLessThan(1e-6);
    expect(draft.content.delivery.reportableDeviationPercent).toBe(20);
    expect(draft.content.interruptions).toHaveLength(1);
    expect(draft.content.interruptions[0]).toMatchObject({
      category: 'device-fault',
      termination: 'machine',
      reason: 'controller fault code shown',
      outcome: { kind: 'resumed' },
    });
    expect(draft.content.interruptions[0]?.sourceChangesU).toEqual([
      session.plannedAirKermaStrengthU * 1.05,
    ]);
    expect(draft.content.outputCheck?.result.status).toBe('pass');
    expect(draft.content.team.map((m) => m.role).sort()).toEqual([
      'medical-physicist',
      'radiation-oncologist',
    ]);
    // The sign-out comes after the beam; until it is done nobody can sign.
    expect(draft.missing.join(' ')).toMatch(/WHO .*sign.out.*not answered/i);
    expect(draft.meaningForYou).toBeNull();
    const early = await signAsRole(session.id, oncologist, 'radiation-oncologist');
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().detail).toMatch(/cannot be signed yet/);

    // The time-outs are closed after the delivery; the sign-out is open.
    const lateTimeOut = await postAnswer(
      t,
      nurse,
      session.id,
      'iort-time-out',
      'patient-and-side',
      {
        answer: 'yes',
      },
    );
    expect(lateTimeOut.statusCode).toBe(409);
    await confirmChecklist(t, nurse, session.id, 'who-sign-out');
    // The controller's log, one dwell 3 s off: shown, and acknowledged before anyone signs.
    expect((await record(session.id)).missing).toEqual([
      'The per-dwell times from the controller’s log have not been entered.',
    ]);
    const times = draft.content.delivery.dwells.map((d, i) =>
      i === 0 ? d.deliveredTimeS + 3 : d.deliveredTimeS,
    );
    const reconciled = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${session.id}/reconciliation`,
      {
        source: 'manual',
        controllerTimesS: times,
      },
    );
    expect(reconciled.statusCode, reconciled.body).toBe(201);
    const unacknowledged = await record(session.id);
    expect(unacknowledged.missing).toEqual([
      'The differences from the controller’s log have not been acknowledged.',
    ]);
    expect(unacknowledged.content.reconciliation?.comparison.dwells[0]?.differs).toBe(true);
    const seq = unacknowledged.content.reconciliation?.seq;
    const acknowledged = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${session.id}/reconciliation/acknowledgement`,
      { seq, note: 'Controller counted the 3 s ramp-up of the first dwell.' },
    );
    expect(acknowledged.statusCode, acknowledged.body).toBe(201);
    const survey = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${session.id}/measurements`,
      {
        kind: 'survey',
        place: 'OR door, corridor side',
        doseRateUSvPerH: 2.5,
        instrumentSerial: 'DEMO-SURVEY-7',
        instrumentCalibratedOn: '2026-06-01',
      },
    );
    expect(survey.statusCode, survey.body).toBe(201);
    const ready = await record(session.id, oncologist);
    expect(ready.content.measurements).toHaveLength(1);
    expect(ready.content.team.find((m) => m.role === 'medical-physicist')?.did).toEqual(
      expect.arrayContaining(['reconciliation with the controller log', 'radiation survey']),
    );
    expect(ready.missing).toEqual([]);
    expect(ready.meaningForYou).toBe(recordSignatureMeaning('radiation-oncologist', true));

    // Refusals change nothing: role, meaning, stale content, password, and no body fields.
    expect((await signAsRole(session.id, nurse, 'medical-physicist')).statusCode).toBe(403);
    const wrongMeaning = await sign(session.id, oncologist, {
      password: TEST_PASSWORD,
      meaning: recordSignatureMeaning('medical-physicist', true),
      contentHash: ready.contentHash,
    });
    expect(wrongMeaning.statusCode).toBe(400);
    expect(problemPaths(wrongMeaning)).toEqual(['meaning']);
    const stale = await sign(session.id, oncologist, {
      password: TEST_PASSWORD,
      meaning: ready.meaningForYou,
      contentHash: '0'.repeat(64),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version-conflict');
    const badPassword = await sign(session.id, oncologist, {
      password: 'not the password',
      meaning: ready.meaningForYou,
      contentHash: ready.contentHash,
    });
    expect(badPassword.statusCode).toBe(401);
    const extra = await sign(session.id, oncologist, {
      password: TEST_PASSWORD,
      meaning: ready.meaningForYou,
      contentHash: ready.contentHash,
      signedAt: '2020-01-01T00:00:00Z',
    });
    expect(problemPaths(extra)).toEqual(['signedAt']);
    expect((await record(session.id)).signatures).toEqual([]);

    // Two signature requests at once by the same person: exactly one counts.
    const [a, b] = await Promise.all([
      signAsRole(session.id, oncologist, 'radiation-oncologist'),
      signAsRole(session.id, oncologist, 'radiation-oncologist'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const partly = await record(session.id);
    expect(partly).toMatchObject({
      status: 'partly-signed',
      locked: true,
      changedAfterSigning: false,
    });
    expect(partly.signatures[0]).toMatchObject({
      role: 'radiation-oncologist',
      kind: 'approval of delivery',
      authMethod: 'password',
      contentHash: ready.contentHash,
    });

    // Locked: nothing in the record can change any more.
    const lateCheck = await postOutputCheck(
      t,
      physicist,
      session.id,
      outputCheckBody(t.ctx.now(), 10_000),
    );
    expect(lateCheck.statusCode).toBe(409);
    expect(lateCheck.json<Problem>().code).toBe('record-locked');
    const lateAnswer = await postAnswer(t, nurse, session.id, 'who-sign-out', 'counts-correct', {
      answer: 'yes',
    });
    expect(lateAnswer.json<Problem>().code).toBe('record-locked');
    const lateSurvey = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${session.id}/measurements`,
      {
        kind: 'survey',
        place: 'Console',
        doseRateUSvPerH: 1,
        instrumentSerial: 'DEMO-SURVEY-7',
        instrumentCalibratedOn: '2026-06-01',
      },
    );
    expect(lateSurvey.json<Problem>().code).toBe('record-locked');
    expect((await record(session.id)).contentHash).toBe(ready.contentHash);

    expect((await signAsRole(session.id, physicist, 'medical-physicist')).statusCode).toBe(201);
    const signed = await record(session.id);
    expect(signed.status).toBe('signed');
    expect(signed.signatures.map((s) => s.kind).sort()).toEqual([
      'approval of delivery',
      'physics review',
    ]);

    const addendumUrl = `/api/or-sessions/${session.id}/record/addenda`;
    expect((await planRequest(t, nurse, 'POST', addendumUrl, { text: 'x' })).statusCode).toBe(403);
    expect(
      problemPaths(await planRequest(t, physicist, 'POST', addendumUrl, { text: ' ' })),
    ).toEqual(['text']);
    const added = await planRequest(t, physicist, 'POST', addendumUrl, {
      text: 'Controller log reviewed the next morning; no further action.',
    });
    expect(added.statusCode).toBe(201);
    const withAddendum = added.json<TreatmentRecordDto>();
    expect(withAddendum.addenda).toMatchObject([{ seq: 1, by: { role: 'medical-physicist' } }]);
    expect(withAddendum.contentHash).toBe(ready.contentHash);

    expect(await auditActions(session.id)).toEqual(
      expect.arrayContaining([
        'or-record.sign-failed:failure',
        'or-record.sign:success',
        'or-record.addendum:success',
      ]),
    );
  });

  it('refuses addenda to an unsigned record and answers 404 for unknown sessions', async () => {
    const session = await deliveredSession();
    const refused = await planRequest(
      t,
      physicist,
      'POST',
      `/api/or-sessions/${session.id}/record/addenda`,
      {
        text: 'too early',
      },
    );
    expect(refused.statusCode).toBe(409);
    expect(
      (await planRequest(t, nurse, 'GET', `/api/or-sessions/${NO_SUCH_ID}/record`)).statusCode,
    ).toBe(404);
    expect(
      (await planRequest(t, nurse, 'GET', `/api/or-sessions/${NO_SUCH_ID}/record.pdf`)).statusCode,
    ).toBe(404);
  });

  it('flags an abandoned delivery as a possible reportable event and prints it the same every time', async () => {
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    await prepareForBeamOn(t, physicist, opened);
    await event(opened.id, physicist, { type: 'start', expectedSeq: 0 });
    seconds(t, 30);
    await event(opened.id, physicist, {
      type: 'interrupt',
      expectedSeq: 1,
      category: 'patient-or-surgical',
      termination: 'operator',
    });
    const abandoned = await planRequest(
      t,
      oncologist,
      'POST',
      `/api/or-sessions/${opened.id}/abandon`,
      {
        expectedSeq: 2,
        reason: 'Bleeding in the cavity; converted to whole-breast radiation after surgery.',
      },
    );
    expect(abandoned.statusCode).toBe(200);
    const draft = await record(opened.id);
    expect(draft.content.delivery.status).toBe('abandoned');
    expect(draft.content.delivery.reportable).toBe(true);
    expect(draft.content.delivery.deviationPercent).toBeLessThan(-20);
    await reconcileAsRecorded(t, physicist, opened.id);

    const url = `/api/or-sessions/${opened.id}/record.pdf?paper=letter`;
    const first = await planRequest(t, nurse, 'GET', url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['cache-control']).toBe('no-store');
    const second = await planRequest(t, nurse, 'GET', url);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const pdf = pdfOnDisk(first.rawPayload, 'record');
    try {
      expect(pdf.paperName()).toBe('letter');
      const text = pdf.text().replace(/\s+/g, ' ');
      expect(text).toContain('DEMONSTRATION — rehearsal with demonstration data');
      expect(text).toContain('DRAFT — not signed');
      expect(text).toContain('Possible reportable event');
      expect(text).toContain('Delivery abandoned: Bleeding in the cavity');
      expect(text).toContain('patient or surgical');
      expect(text).toContain('Reconciliation with the controller log');
      expect(text).toContain('Entered by hand');
      expect(text).toContain(draft.content.patient.mrn);
      for (let page = 1; page <= pdf.pageCount; page += 1)
        expect(pdf.pageText(page)).toContain('DEMONSTRATION');
      expect(pdf.render(40).length).toBe(pdf.pageCount);
    } finally {
      pdf.remove();
    }
    expect(await auditActions(opened.id)).toContain('or-record.print:success');
    const badPaper = await planRequest(
      t,
      nurse,
      'GET',
      `/api/or-sessions/${opened.id}/record.pdf?paper=a3`,
    );
    expect(problemPaths(badPaper)).toEqual(['paper']);
  });
});

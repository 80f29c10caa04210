import type {
  MeasurementDto,
  OrSessionState,
  Problem,
  ReconciliationStateDto,
  Role,
} from '@openiort/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import {
  openSession,
  planForDelivery,
  postEvent,
  prepareForBeamOn,
  seconds,
} from './or-session-fixtures.ts';
import { planRequest } from './plan-fixtures.ts';
import {
  NO_SUCH_ID,
  browserHeaders,
  createTestApp,
  problemPaths,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const csvOf = (timesS: readonly (number | string)[], delimiter = ',') =>
  [`dwell${delimiter}timeS`, ...timesS.map((t, i) => `${String(i + 1)}${delimiter}${String(t)}`)]
    .join('\r\n')
    .concat('\r\n');

describe.each(testDatabaseKinds())(
  'reconciliation and measurements on $name',
  { timeout: 60_000 },
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

    const url = (id: string, tail = '') => `/api/or-sessions/${id}/reconciliation${tail}`;
    const reconcile = (id: string, body: unknown, cookie = physicist) =>
      planRequest(t, cookie, 'POST', url(id), body);
    const acknowledge = (id: string, body: unknown, cookie = physicist) =>
      planRequest(t, cookie, 'POST', url(id, '/acknowledgement'), body);
    const measure = (id: string, body: unknown, cookie = physicist) =>
      planRequest(t, cookie, 'POST', `/api/or-sessions/${id}/measurements`, body);
    const reconciliation = async (id: string) =>
      (await planRequest(t, nurse, 'GET', url(id))).json<ReconciliationStateDto>();
    const measurements = async (id: string) =>
      (await planRequest(t, nurse, 'GET', `/api/or-sessions/${id}/measurements`)).json<
        MeasurementDto[]
      >();
    const auditActions = async (id: string) =>
      (
        await t.ctx.db
          .selectFrom('audit_log')
          .select(['action', 'outcome', 'actor_role'])
          .where('record_id', '=', id)
          .where('action', 'like', 'or-session.%')
          .where('action', 'not in', ['or-session.create', 'or-session.event'])
          .where('action', 'not in', ['or-session.output-check', 'or-session.checklist-answer'])
          .orderBy('seq')
          .execute()
      ).map((r) => `${r.action} ${r.outcome} ${r.actor_role ?? ''}`);

    const openedSession = async () => {
      const plan = await planForDelivery(t, physicist, oncologist);
      return openSession(t, physicist, plan.id);
    };
    /** A session delivered in one go and completed: every dwell got its planned time. */
    const deliveredSession = async (): Promise<OrSessionState> => {
      const opened = await openedSession();
      await prepareForBeamOn(t, physicist, opened);
      const started = await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
      expect(started.statusCode).toBe(200);
      seconds(t, started.json<OrSessionState>().remainingTimeS + 1);
      const done = await postEvent(t, physicist, opened.id, { type: 'complete', expectedSeq: 1 });
      expect(done.statusCode).toBe(200);
      return done.json<OrSessionState>();
    };

    it('compares the controller’s times only after the delivery, and asks to acknowledge differences', async () => {
      const opened = await openedSession();
      const early = await reconcile(opened.id, { source: 'manual', controllerTimesS: [1] });
      expect(early.statusCode).toBe(409);
      expect(early.json<Problem>().detail).toMatch(/not started.*complete or abandoned/);
      await prepareForBeamOn(t, physicist, opened);
      await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
      const during = await reconcile(opened.id, { source: 'manual', controllerTimesS: [1] });
      expect(during.statusCode).toBe(409);
      expect(during.json<Problem>().detail).toMatch(/delivering/);
      expect((await reconciliation(opened.id)).latest).toBeNull();
      expect((await reconciliation(opened.id)).complete).toBe(false);

      seconds(t, opened.remainingTimeS + 1);
      const done = await postEvent(t, physicist, opened.id, { type: 'complete', expectedSeq: 1 });
      const delivered = done.json<OrSessionState>();
      const sessionTimes = delivered.dwells.map((d) => d.deliveredTimeS);
      expect(sessionTimes.length).toBeGreaterThan(1);

      // Typed in, within half a second of the session everywhere: nothing to acknowledge.
      const typed = await reconcile(opened.id, {
        source: 'manual',
        controllerTimesS: sessionTimes.map((s) => s + 0.5),
      });
      expect(typed.statusCode).toBe(201);
      const first = typed.json<ReconciliationStateDto>();
      expect(first.complete).toBe(true);
      expect(first.latest).toMatchObject({
        seq: 1,
        source: 'manual',
        csv: null,
        acknowledgement: null,
        recordedBy: { role: 'medical-physicist' },
        recordedAt: t.ctx.now().toISOString(),
      });
      expect(first.latest?.comparison.needsAcknowledgement).toBe(false);
      expect(first.latest?.comparison.dwells.map((d) => d.sessionTimeS)).toEqual(sessionTimes);

      // Imported as CSV with the second dwell 2 s long: a new version that needs acknowledging.
      const logged = sessionTimes.map((s, i) => (i === 1 ? s + 2 : s));
      const csv = csvOf(logged);
      const imported = await reconcile(opened.id, { source: 'csv', csv });
      expect(imported.statusCode).toBe(201);
      const second = imported.json<ReconciliationStateDto>();
      expect(second.complete).toBe(false);
      expect(second.latest?.seq).toBe(2);
      expect(second.latest?.csv).toBe(csv);
      expect(second.latest?.controllerTimesS).toEqual(logged);
      expect(second.latest?.comparison.dwells.map((d) => d.differs)).toEqual(
        sessionTimes.map((_s, i) => i === 1),
      );
      expect(second.latest?.comparison.dwells[1]?.differenceS).toBeCloseTo(2, 9);
      expect(second.latest?.comparison.totalDifferenceS).toBeCloseTo(2, 9);
      expect(await reconciliation(opened.id)).toEqual(second);

      // The acknowledgement names the version it read, and says why.
      const stale = await acknowledge(opened.id, { seq: 1, note: 'Checked' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<Problem>().code).toBe('version-conflict');
      for (const note of [undefined, '   ', 'x'.repeat(1001)]) {
        const bad = await acknowledge(opened.id, {
          seq: 2,
          ...(note === undefined ? {} : { note }),
        });
        expect(bad.statusCode).toBe(400);
        expect(problemPaths(bad)).toEqual(['note']);
      }
      const note = 'Pause button pressed late on dwell 2; controller log is authoritative.';
      const acked = await acknowledge(opened.id, { seq: 2, note });
      expect(acked.statusCode).toBe(201);
      const third = acked.json<ReconciliationStateDto>();
      expect(third.complete).toBe(true);
      expect(third.latest?.acknowledgement).toMatchObject({
        note,
        by: { role: 'medical-physicist' },
        at: t.ctx.now().toISOString(),
      });
      const again = await acknowledge(opened.id, { seq: 2, note });
      expect(again.statusCode).toBe(409);
      expect(again.json<Problem>().detail).toMatch(/already acknowledged/);

      // A new version after an acknowledgement starts again.
      const shorter = await reconcile(opened.id, {
        source: 'csv',
        csv: csvOf(
          sessionTimes.slice(0, -1).map((s) => String(s).replace('.', ',')),
          ';',
        ),
      });
      expect(shorter.statusCode).toBe(201);
      const fourth = shorter.json<ReconciliationStateDto>();
      expect(fourth.latest?.seq).toBe(3);
      expect(fourth.latest?.comparison.dwellCountMismatch).toBe(true);
      expect(fourth.latest?.acknowledgement).toBeNull();
      expect(fourth.complete).toBe(false);

      expect(await auditActions(opened.id)).toEqual([
        'or-session.reconciliation success medical-physicist',
        'or-session.reconciliation success medical-physicist',
        'or-session.reconciliation-acknowledgement success medical-physicist',
        'or-session.reconciliation success medical-physicist',
      ]);
    });

    it('does not ask to acknowledge a version without differences, and accepts an abandoned delivery', async () => {
      const opened = await openedSession();
      await prepareForBeamOn(t, physicist, opened);
      await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
      seconds(t, 5);
      await postEvent(t, physicist, opened.id, {
        type: 'interrupt',
        expectedSeq: 1,
        category: 'device-fault',
        termination: 'machine',
      });
      const abandoned = await planRequest(
        t,
        oncologist,
        'POST',
        `/api/or-sessions/${opened.id}/abandon`,
        { reason: 'Fictional: device fault not cleared', expectedSeq: 2 },
      );
      expect(abandoned.statusCode, abandoned.body).toBe(200);
      const state = abandoned.json<OrSessionState>();
      expect(state.status).toBe('abandoned');
      const times = state.dwells.map((d) => d.deliveredTimeS);
      const done = await reconcile(opened.id, { source: 'manual', controllerTimesS: times });
      expect(done.statusCode).toBe(201);
      expect(done.json<ReconciliationStateDto>().complete).toBe(true);
      const needless = await acknowledge(opened.id, { seq: 1, note: 'Nothing to say' });
      expect(needless.statusCode).toBe(409);
      expect(needless.json<Problem>().detail).toMatch(/no differences/);
    });

    it('refuses bad CSV by line and bad entries by field, changing nothing', async () => {
      const delivered = await deliveredSession();
      const cases: [unknown, string[], RegExp?][] = [
        [{}, ['source']],
        [{ source: 'fax' }, ['source']],
        [{ source: 'manual', controllerTimesS: [] }, ['controllerTimesS']],
        [{ source: 'manual', controllerTimesS: [10, -1] }, ['controllerTimesS.1']],
        [{ source: 'manual', controllerTimesS: [10, '12'] }, ['controllerTimesS.1']],
        [{ source: 'manual', controllerTimesS: [10], by: 'x' }, ['by']],
        [{ source: 'csv', csv: '' }, ['csv']],
        [{ source: 'csv', controllerTimesS: [1] }, ['controllerTimesS', 'csv']],
        [
          { source: 'csv', csv: 'dwell,timeS\n1,10\n2,11\n3,-4\n' },
          ['csv'],
          /line 4: timeS must be a number of seconds ≥ 0/,
        ],
        [{ source: 'csv', csv: 'dwell,timeS\n1,10\n1,11\n' }, ['csv'], /dwell 1 appears twice/],
        [{ source: 'csv', csv: 'dwell,timeS\n1,10\n3,11\n' }, ['csv'], /dwell 2 is missing/],
        [{ source: 'csv', csv: 'dwell,seconds\n1,10\n' }, ['csv'], /column timeS/],
      ];
      for (const [body, paths, message] of cases) {
        const response = await reconcile(delivered.id, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(problemPaths(response), JSON.stringify(body)).toEqual(paths);
        if (message !== undefined)
          expect(
            response
              .json<Problem>()
              .errors?.map((e) => e.message)
              .join(' '),
          ).toMatch(message);
      }
      expect(
        (await reconcile(NO_SUCH_ID, { source: 'manual', controllerTimesS: [1] })).statusCode,
      ).toBe(404);
      expect((await planRequest(t, nurse, 'GET', url(NO_SUCH_ID))).statusCode).toBe(404);
      expect((await reconciliation(delivered.id)).latest).toBeNull();
      expect(await auditActions(delivered.id)).toEqual([]);
    });

    it('records in-vivo and survey readings at any time, with the ratio and a calibration warning', async () => {
      const opened = await openedSession();
      const today = t.ctx.now().toISOString().slice(0, 10);
      const inVivo = await measure(opened.id, {
        kind: 'in-vivo',
        dosimeterType: 'osld',
        position: 'Skin, 1 cm from the incision',
        readingGy: 4.2,
        expectedGy: 4,
      });
      expect(inVivo.statusCode).toBe(201);
      expect(inVivo.json<MeasurementDto>()).toMatchObject({
        seq: 1,
        warnings: [],
        recordedBy: { role: 'medical-physicist' },
        recordedAt: t.ctx.now().toISOString(),
      });
      expect(inVivo.json<MeasurementDto>().ratio).toBeCloseTo(1.05, 12);

      const survey = {
        kind: 'survey',
        place: 'OR entrance door',
        doseRateUSvPerH: 3.5,
        instrumentSerial: 'SM-DEMO-7',
        instrumentCalibratedOn: '2025-11-26',
      };
      // The test clock is 2026-11-26: a calibration on 2025-11-26 is exactly 12 months old.
      expect(today).toBe('2026-11-26');
      const inTime = await measure(opened.id, survey);
      expect(inTime.json<MeasurementDto>()).toMatchObject({ seq: 2, ratio: null, warnings: [] });
      const overdue = await measure(opened.id, { ...survey, instrumentCalibratedOn: '2025-11-25' });
      expect(overdue.statusCode).toBe(201);
      expect(overdue.json<MeasurementDto>().warnings).toEqual([
        expect.stringMatching(/SM-DEMO-7 .* more than 12 months before this survey \(2026-11-26\)/),
      ]);

      const bad: [unknown, string[]][] = [
        [{ ...survey, instrumentCalibratedOn: '2026-11-27' }, ['instrumentCalibratedOn']],
        [{ ...survey, doseRateUSvPerH: 100_001 }, ['doseRateUSvPerH']],
        [{ ...survey, place: ' ', instrumentSerial: '' }, ['instrumentSerial', 'place']],
        [
          {
            kind: 'in-vivo',
            dosimeterType: 'tld',
            position: 'Skin',
            readingGy: 101,
            expectedGy: 0,
          },
          ['expectedGy', 'readingGy'],
        ],
        [
          {
            kind: 'in-vivo',
            dosimeterType: 'geiger',
            position: 'Skin',
            readingGy: 1,
            expectedGy: 1,
          },
          ['dosimeterType'],
        ],
        [{ kind: 'guess' }, ['kind']],
        [{ ...survey, at: today }, ['at']],
      ];
      for (const [body, paths] of bad) {
        const response = await measure(opened.id, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(problemPaths(response), JSON.stringify(body)).toEqual(paths);
      }
      const listed = await measurements(opened.id);
      expect(listed.map((m) => [m.seq, m.measurement.kind, m.warnings.length])).toEqual([
        [1, 'in-vivo', 0],
        [2, 'survey', 0],
        [3, 'survey', 1],
      ]);
      expect(listed[0]?.ratio).toBeCloseTo(1.05, 12);
      expect(await auditActions(opened.id)).toEqual([
        'or-session.measurement success medical-physicist',
        'or-session.measurement success medical-physicist',
        'or-session.measurement success medical-physicist',
      ]);
    });

    it('lets only the physicist record, and everyone in the room read', async () => {
      const delivered = await deliveredSession();
      const times = delivered.dwells.map((d) => d.deliveredTimeS);
      const roles: Role[] = [
        'admin',
        'radiation-oncologist',
        'surgeon',
        'nurse',
        'research-coordinator',
      ];
      for (const role of roles) {
        const cookie = await t.signInAs(role);
        const writes = [
          await reconcile(delivered.id, { source: 'manual', controllerTimesS: times }, cookie),
          await acknowledge(delivered.id, { seq: 1, note: 'x' }, cookie),
          await measure(
            delivered.id,
            {
              kind: 'in-vivo',
              dosimeterType: 'film',
              position: 'Skin',
              readingGy: 1,
              expectedGy: 1,
            },
            cookie,
          ),
        ];
        expect(
          writes.map((w) => w.statusCode),
          role,
        ).toEqual([403, 403, 403]);
        expect((await planRequest(t, cookie, 'GET', url(delivered.id))).statusCode, role).toBe(200);
      }
      expect((await reconciliation(delivered.id)).latest).toBeNull();
      expect(await measurements(delivered.id)).toEqual([]);
    });

    it('refuses every write once the treatment record is signed, and still reads', async () => {
      const delivered = await deliveredSession();
      const times = delivered.dwells.map((d) => d.deliveredTimeS);
      const unlocked = await reconcile(delivered.id, {
        source: 'manual',
        controllerTimesS: times.map((s) => s + 5),
      });
      expect(unlocked.statusCode).toBe(201);
      const asked: string[] = [];
      const locked = await buildApp(t.ctx, {
        logger: false,
        isRecordLocked: (sessionId) => {
          asked.push(sessionId);
          return Promise.resolve(true);
        },
      });
      try {
        const send = (method: 'GET' | 'POST', path: string, payload?: unknown) =>
          locked.app.inject({
            method,
            url: path,
            headers: browserHeaders(physicist),
            ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
          });
        const writes = [
          await send('POST', url(delivered.id), { source: 'manual', controllerTimesS: times }),
          await send('POST', url(delivered.id, '/acknowledgement'), { seq: 1, note: 'Late' }),
          await send('POST', `/api/or-sessions/${delivered.id}/measurements`, {
            kind: 'survey',
            place: 'Console',
            doseRateUSvPerH: 1,
            instrumentSerial: 'SM-1',
            instrumentCalibratedOn: '2026-06-01',
          }),
        ];
        for (const write of writes) {
          expect(write.statusCode).toBe(409);
          const problem = write.json<Problem>();
          expect(problem.code).toBe('record-locked');
          expect(problem.detail).toBe(
            'The treatment record is signed; add a dated addendum instead.',
          );
        }
        expect(asked).toEqual([delivered.id, delivered.id, delivered.id]);
        const read = await send('GET', url(delivered.id));
        expect(read.statusCode).toBe(200);
        expect(read.json<ReconciliationStateDto>()).toMatchObject({
          complete: false,
          latest: { seq: 1, acknowledgement: null },
        });
      } finally {
        await locked.app.close();
      }
      expect(await measurements(delivered.id)).toEqual([]);
      expect(await auditActions(delivered.id)).toEqual([
        'or-session.reconciliation success medical-physicist',
      ]);
    });
  },
);

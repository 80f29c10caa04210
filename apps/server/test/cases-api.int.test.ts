import {
  DIRECTIVE_SIGN_MEANING,
  recordSignatureMeaning,
  type CaseView,
  type Problem,
  type Role,
  type StaffList,
  type StoredEvaluation,
  type TreatmentRecordDto,
  type Worklist,
} from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPatient, FINAL_PATHOLOGY_FACTS, PREOPERATIVE_FACTS } from './candidacy-fixtures.ts';
import {
  MEASURED_STRENGTH_U,
  confirmChecklist,
  openSession,
  postEvent,
  prepareForBeamOn,
  reconcileAsRecorded,
  seconds,
  signAs,
} from './or-session-fixtures.ts';
import { DEMO_ID, PLAN_INPUT, createPlanFor, planRequest } from './plan-fixtures.ts';
import {
  browserHeaders,
  createTestApp,
  problemPaths,
  TEST_PASSWORD,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** The test clock's day (test-app.ts starts it at 2026-11-26T08:00Z). */
const TODAY = '2026-11-26';

const referral = {
  referredBy: 'Dr Test Surgeon',
  reason: 'Small ER+ tumour, age 67',
  referralDate: TODAY,
};
const directive = {
  site: 'Left breast lumpectomy cavity',
  laterality: 'left',
  doseGy: 20,
  prescribedTo: 'balloon-surface',
  depthMm: null,
  fractions: 1,
};

describe.each(testDatabaseKinds())('the case pathway on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  const cookies = new Map<Role, string>();
  const ids = new Map<Role, string>();
  const cookie = (role: Role) => cookies.get(role) ?? '';

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    for (const role of [
      'admin',
      'surgeon',
      'nurse',
      'radiation-oncologist',
      'medical-physicist',
      'research-coordinator',
    ] as const)
      cookies.set(role, await t.signInAs(role));
    const staff = await send('GET', '/api/staff', 'nurse');
    for (const person of staff.json<StaffList>().items) ids.set(person.role, person.id);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  function send(method: 'GET' | 'POST' | 'PUT', url: string, role: Role, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: browserHeaders(cookie(role)),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function ok(method: 'POST' | 'PUT', url: string, role: Role, payload: unknown) {
    const response = await send(method, url, role, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<CaseView>();
  }

  async function refused(method: 'POST' | 'PUT', url: string, role: Role, payload: unknown) {
    const response = await send(method, url, role, payload);
    expect(response.statusCode, response.body).toBe(409);
    const problem = response.json<Problem & { reason: string }>();
    expect(problem.code).toBe('step-refused');
    return problem.reason;
  }

  async function evaluate(patientId: string, facts: object) {
    const response = await send('POST', `/api/patients/${patientId}/evaluations`, 'surgeon', {
      facts,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<StoredEvaluation>();
  }

  async function openCase(laterality: 'left' | 'right' = 'left') {
    const patient = await addPatient(t, cookie('nurse'));
    const view = await ok('POST', `/api/patients/${patient.id}/cases`, 'surgeon', {
      laterality,
      referral,
    });
    return { patient, view, url: `/api/cases/${view.id}` };
  }

  async function worklistNext(role: Role, caseId: string) {
    const response = await send('GET', '/api/worklist?mine=true', role);
    expect(response.statusCode, response.body).toBe(200);
    const item = response.json<Worklist>().open.find((i) => i.id === caseId);
    return item?.waiting.map((w) => w.step) ?? [];
  }

  it('takes a case from referral to closing, each step audited, and the worklist follows', async () => {
    const { patient, view: created, url } = await openCase();
    expect(created.pathway.next?.step).toBe('candidacy');
    expect(created.referral?.data).toEqual(referral);
    expect(await worklistNext('surgeon', created.id)).toEqual(['candidacy']);
    expect(await worklistNext('medical-physicist', created.id)).toEqual([]);

    const pre = await evaluate(patient.id, PREOPERATIVE_FACTS);
    let view = await ok('POST', `${url}/evaluations`, 'nurse', { evaluationId: pre.id });
    expect(view.pathway.next?.step).toBe('decision');
    expect(await worklistNext('radiation-oncologist', created.id)).toEqual(['decision']);

    view = await ok('PUT', `${url}/decision`, 'radiation-oncologist', {
      outcome: 'offer-iort',
      meetingDate: TODAY,
      attendees: [
        { name: 'Dr Test Oncologist', role: 'radiation-oncologist' },
        { name: 'Dr Test Surgeon', role: 'surgeon' },
      ],
      rationale: 'Within the program criteria.',
      evaluationId: pre.id,
      version: 0,
    });
    expect(view.decision?.data.outcome).toBe('offer-iort');
    expect(view.pathway.waiting.map((w) => w.step)).toEqual([
      'consent',
      'scheduling',
      'directive',
      'plans',
    ]);
    expect(await worklistNext('nurse', created.id)).toEqual(['consent', 'scheduling']);
    expect(await worklistNext('medical-physicist', created.id)).toEqual(['plans']);

    await ok('PUT', `${url}/consent`, 'nurse', {
      consentDate: TODAY,
      documentVersion: 'IORT consent v3',
      wholeBreastRadiationExplained: true,
      witness: 'Test Witness',
      version: 0,
    });
    view = await ok('PUT', `${url}/scheduling`, 'surgeon', {
      operationDate: TODAY,
      room: 'OR 4',
      surgeonId: ids.get('surgeon'),
      radiationOncologistId: ids.get('radiation-oncologist'),
      physicistId: ids.get('medical-physicist'),
      version: 0,
    });
    expect(view.scheduledPeople.map((p) => p.displayName)).toEqual([
      'Test surgeon',
      'Test radiation-oncologist',
      'Test medical-physicist',
    ]);
    expect(await worklistNext('medical-physicist', created.id)).toEqual([
      'scheduling',
      'plans',
      'delivery',
    ]);
    await ok('PUT', `${url}/treatment-unit`, 'medical-physicist', {
      controllerSerial: 'CTRL-0001',
      sourceSerial: 'XRS-0042',
      version: 0,
    });
    await ok('PUT', `${url}/expected-balloon`, 'surgeon', {
      fillVolumeCc: 45,
      note: null,
      version: 0,
    });
    view = await ok('POST', `${url}/directive`, 'radiation-oncologist', {
      directive,
      password: TEST_PASSWORD,
      meaning: DIRECTIVE_SIGN_MEANING,
      version: 0,
    });
    expect(view.directive.current?.version).toBe(1);
    const plan = await createPlanFor(t, cookie('medical-physicist'), patient.id);
    view = await ok('POST', `${url}/plans`, 'medical-physicist', {
      planId: plan.id,
      kind: 'pre-plan',
    });
    expect(view.pathway.next?.step).toBe('delivery');
    expect(view.pathway.waiting.map((w) => w.step)).toEqual(['delivery', 'final-pathology']);

    const final = await evaluate(patient.id, FINAL_PATHOLOGY_FACTS);
    view = await ok('POST', `${url}/evaluations`, 'surgeon', { evaluationId: final.id });
    expect(view.pathway.next?.step).toBe('post-pathology-decision');
    expect(await worklistNext('radiation-oncologist', created.id)).toContain(
      'post-pathology-decision',
    );

    view = await ok('PUT', `${url}/post-pathology-decision`, 'radiation-oncologist', {
      decision: 'iort-alone',
      reason: 'Margins clear, pN0: no risk feature.',
      version: 0,
    });
    expect(view.pathway.next?.step).toBe('closed');
    view = await ok('POST', `${url}/close`, 'radiation-oncologist', { version: view.version });
    expect(view.status).toBe('closed');
    expect(view.pathway.next).toBeNull();

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('record_id', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(audit.filter((a) => a.outcome === 'success').map((a) => a.action)).toEqual([
      'case.create',
      'case.link',
      'case.step-save',
      'case.step-save',
      'case.step-save',
      'case.step-save',
      'case.step-save',
      'case.directive-sign',
      'case.link',
      'case.link',
      'case.step-save',
      'case.close',
    ]);
  });

  it('follows the case’s OR delivery until its treatment record is signed by both', async () => {
    const { patient, url, view: created } = await openCase();
    const pre = await evaluate(patient.id, PREOPERATIVE_FACTS);
    await ok('POST', `${url}/evaluations`, 'nurse', { evaluationId: pre.id });
    await ok('PUT', `${url}/decision`, 'radiation-oncologist', {
      outcome: 'offer-iort',
      meetingDate: TODAY,
      attendees: [{ name: 'Dr A', role: 'radiation-oncologist' }],
      rationale: 'ok',
      evaluationId: pre.id,
      version: 0,
    });
    await ok('PUT', `${url}/scheduling`, 'surgeon', {
      operationDate: TODAY,
      room: 'OR 2',
      surgeonId: ids.get('surgeon'),
      radiationOncologistId: ids.get('radiation-oncologist'),
      physicistId: ids.get('medical-physicist'),
      version: 0,
    });
    const physicist = cookie('medical-physicist');
    const oncologist = cookie('radiation-oncologist');
    const plan = await createPlanFor(t, physicist, patient.id, DEMO_ID, {
      ...PLAN_INPUT,
      airKermaStrengthU: MEASURED_STRENGTH_U,
    });
    await ok('POST', `${url}/directive`, 'radiation-oncologist', {
      directive,
      password: TEST_PASSWORD,
      meaning: DIRECTIVE_SIGN_MEANING,
      version: 0,
    });
    await ok('POST', `${url}/plans`, 'medical-physicist', { planId: plan.id, kind: 'final' });
    await signAs(t, physicist, plan, 'medical-physicist');
    await signAs(t, oncologist, plan, 'radiation-oncologist');

    // A case named for the session must be an open case of the plan's own patient.
    const other = await openCase();
    const wrongCase = await send('POST', `/api/plans/${plan.id}/or-sessions`, 'medical-physicist', {
      caseId: other.view.id,
    });
    expect(wrongCase.statusCode).toBe(400);
    expect(problemPaths(wrongCase)).toEqual(['caseId']);
    // Without a name, the one open case that links the plan is the session's case.
    const session = await openSession(t, physicist, plan.id);
    expect(session.caseId).toBe(created.id);
    let view = (await send('GET', url, 'nurse')).json<CaseView>();
    expect(view.deliveries).toMatchObject([
      { sessionId: session.id, status: 'not-started', recordStatus: 'draft' },
    ]);
    expect(view.pathway.steps.find((s) => s.step === 'delivery')?.state).toBe('waiting');

    await prepareForBeamOn(t, physicist, session);
    await postEvent(t, physicist, session.id, { type: 'start', expectedSeq: 0 });
    seconds(t, session.remainingTimeS + 1);
    await postEvent(t, physicist, session.id, { type: 'complete', expectedSeq: 1 });
    await confirmChecklist(t, cookie('nurse'), session.id, 'who-sign-out');
    await reconcileAsRecorded(t, physicist, session.id);
    view = (await send('GET', url, 'nurse')).json<CaseView>();
    const waiting = view.pathway.steps.find((s) => s.step === 'delivery');
    expect(waiting?.state).toBe('waiting');
    expect(waiting?.note).toMatch(/waits for reconciliation, the sign-out and both signatures/);

    for (const [who, role] of [
      [oncologist, 'radiation-oncologist'],
      [physicist, 'medical-physicist'],
    ] as const) {
      const current = (
        await send('GET', `/api/or-sessions/${session.id}/record`, role)
      ).json<TreatmentRecordDto>();
      const signed = await planRequest(
        t,
        who,
        'POST',
        `/api/or-sessions/${session.id}/record/signatures`,
        {
          password: TEST_PASSWORD,
          meaning: recordSignatureMeaning(role, current.content.demonstration),
          contentHash: current.contentHash,
        },
      );
      expect(signed.statusCode, signed.body).toBe(201);
    }
    view = (await send('GET', url, 'nurse')).json<CaseView>();
    expect(view.deliveries).toMatchObject([{ status: 'complete', recordStatus: 'signed' }]);
    expect(view.pathway.steps.find((s) => s.step === 'delivery')?.state).toBe('done');
    expect(await worklistNext('medical-physicist', created.id)).not.toContain('delivery');
  });

  it('refuses impossible steps with their reasons, changing nothing', async () => {
    const { patient, view, url } = await openCase();
    const pre = await evaluate(patient.id, PREOPERATIVE_FACTS);
    const decision = {
      outcome: 'offer-iort',
      meetingDate: TODAY,
      attendees: [{ name: 'Dr A', role: 'radiation-oncologist' }],
      rationale: 'x',
      evaluationId: pre.id,
      version: 0,
    };
    expect(await refused('PUT', `${url}/decision`, 'radiation-oncologist', decision)).toBe(
      'decision-needs-evaluation',
    );
    await ok('POST', `${url}/evaluations`, 'nurse', { evaluationId: pre.id });
    expect(
      await refused('POST', `${url}/directive`, 'radiation-oncologist', {
        directive,
        password: TEST_PASSWORD,
        meaning: DIRECTIVE_SIGN_MEANING,
        version: 0,
      }),
    ).toBe('directive-needs-offer-decision');
    expect(
      await refused('PUT', `${url}/post-pathology-decision`, 'radiation-oncologist', {
        decision: 'iort-alone',
        reason: 'x',
        version: 0,
      }),
    ).toBe('post-pathology-needs-final-pathology');
    const final = await evaluate(patient.id, FINAL_PATHOLOGY_FACTS);
    expect(await refused('POST', `${url}/evaluations`, 'surgeon', { evaluationId: final.id })).toBe(
      'final-pathology-needs-operation',
    );
    expect(await refused('POST', `${url}/close`, 'radiation-oncologist', { version: 2 })).toBe(
      'close-needs-post-pathology-decision',
    );
    expect(
      await refused('POST', `/api/patients/${patient.id}/cases`, 'surgeon', {
        laterality: 'left',
        referral,
      }),
    ).toBe('case-exists-for-breast');
    // The other breast is another case.
    await ok('POST', `/api/patients/${patient.id}/cases`, 'surgeon', {
      laterality: 'right',
      referral,
    });

    const other = await addPatient(t, cookie('nurse'));
    const foreign = await evaluate(other.id, PREOPERATIVE_FACTS);
    expect(await refused('POST', `${url}/evaluations`, 'nurse', { evaluationId: foreign.id })).toBe(
      'evaluation-of-other-patient',
    );

    const now = (await send('GET', url, 'nurse')).json<CaseView>();
    expect(now.version).toBe(view.version + 1); // only the evaluation link changed it
    const refusals = await t.ctx.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'case.refused')
      .where('outcome', '=', 'failure')
      .execute();
    expect(refusals.length).toBeGreaterThanOrEqual(6);

    const withdrawn = await ok('POST', `${url}/withdrawal`, 'nurse', {
      version: now.version,
      reason: 'Patient chose whole-breast radiation.',
    });
    expect(withdrawn.closure).toMatchObject({
      kind: 'withdrawn',
      reason: 'Patient chose whole-breast radiation.',
    });
    expect(await refused('PUT', `${url}/referral`, 'surgeon', { ...referral, version: 1 })).toBe(
      'case-not-open',
    );
  });

  it('refuses a stale step edit with 409 version-conflict and keeps the first', async () => {
    const { url } = await openCase();
    await ok('PUT', `${url}/referral`, 'surgeon', { ...referral, reason: 'first', version: 1 });
    const stale = await send('PUT', `${url}/referral`, 'surgeon', {
      ...referral,
      reason: 'second',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version-conflict');
    const view = (await send('GET', url, 'surgeon')).json<CaseView>();
    expect(view.referral?.data.reason).toBe('first');
    expect(view.referral?.version).toBe(2);
  });

  it('names the bad fields of a step and refuses unknown ones', async () => {
    const { url } = await openCase();
    const response = await send('PUT', `${url}/referral`, 'surgeon', {
      referredBy: '',
      reason: 'x',
      referralDate: '2026-02-30',
      version: 1,
      extra: { deep: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(problemPaths(response)).toEqual(['extra', 'referralDate', 'referredBy']);
    const consent = await send('PUT', `${url}/consent`, 'nurse', {
      consentDate: TODAY,
      documentVersion: 'v1',
      wholeBreastRadiationExplained: false,
      witness: 'W',
      version: 0,
    });
    expect(problemPaths(consent)).toEqual(['wholeBreastRadiationExplained']);
  });

  it('locks the directive: a change is a new signed version with a reason; wrong passwords sign nothing', async () => {
    const { patient, url } = await openCase();
    const pre = await evaluate(patient.id, PREOPERATIVE_FACTS);
    await ok('POST', `${url}/evaluations`, 'nurse', { evaluationId: pre.id });
    await ok('PUT', `${url}/decision`, 'radiation-oncologist', {
      outcome: 'offer-iort',
      meetingDate: TODAY,
      attendees: [{ name: 'Dr A', role: 'radiation-oncologist' }],
      rationale: 'ok',
      evaluationId: pre.id,
      version: 0,
    });
    const sign = {
      directive,
      password: TEST_PASSWORD,
      meaning: DIRECTIVE_SIGN_MEANING,
      version: 0,
    };
    const wrong = await send('POST', `${url}/directive`, 'radiation-oncologist', {
      ...sign,
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    // A local account must re-enter its password: without one nothing is signed.
    const { password: _password, ...withoutPassword } = sign;
    const missing = await send('POST', `${url}/directive`, 'radiation-oncologist', withoutPassword);
    expect(missing.statusCode).toBe(400);
    expect(problemPaths(missing)).toEqual(['password']);
    const otherSide = await send('POST', `${url}/directive`, 'radiation-oncologist', {
      ...sign,
      directive: { ...directive, laterality: 'right' },
    });
    expect(problemPaths(otherSide)).toEqual(['directive.laterality']);
    const first = await ok('POST', `${url}/directive`, 'radiation-oncologist', sign);
    expect(first.directive.current).toMatchObject({ authMethod: 'password', authTime: null });
    expect(
      await refused('POST', `${url}/directive`, 'radiation-oncologist', {
        ...sign,
        version: 1,
        directive: { ...directive, doseGy: 18 },
      }),
    ).toBe('directive-change-needs-reason');
    const stale = await send('POST', `${url}/directive`, 'radiation-oncologist', {
      ...sign,
      reason: 'x',
    });
    expect(stale.json<Problem>().code).toBe('version-conflict');
    const changed = await ok('POST', `${url}/directive`, 'radiation-oncologist', {
      ...sign,
      version: 1,
      reason: 'Depth prescription after review.',
      directive: { ...directive, prescribedTo: 'depth', depthMm: 5 },
    });
    expect(changed.directive.history.map((d) => d.version)).toEqual([2, 1]);
    expect(changed.directive.current?.reason).toBe('Depth prescription after review.');
    const failures = await t.ctx.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'case.directive-sign-failed')
      .where('record_id', '=', changed.id)
      .execute();
    expect(
      failures.map((f) => (JSON.parse(f.detail ?? '{}') as { reason: string }).reason),
    ).toEqual(['wrong-password', 'password-missing', 'validation-failed', 'version-conflict']);
  });

  describe('the consent scan', () => {
    const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

    async function offeredCase() {
      const { patient, url } = await openCase();
      const pre = await evaluate(patient.id, PREOPERATIVE_FACTS);
      await ok('POST', `${url}/evaluations`, 'nurse', { evaluationId: pre.id });
      await ok('PUT', `${url}/decision`, 'radiation-oncologist', {
        outcome: 'offer-iort',
        meetingDate: TODAY,
        attendees: [{ name: 'Dr A', role: 'radiation-oncologist' }],
        rationale: 'ok',
        evaluationId: pre.id,
        version: 0,
      });
      return url;
    }

    it('stores a PDF and serves it back as a download that is never sniffed or cached', async () => {
      const url = await offeredCase();
      const view = await ok('PUT', `${url}/consent/scan`, 'nurse', {
        fileName: '../../consent form<script>.html',
        dataBase64: PDF.toString('base64'),
      });
      expect(view.consentScan).toMatchObject({
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
        fileName: 'consent_form_script_.html.pdf',
      });
      const file = await send('GET', `${url}/consent/scan`, 'research-coordinator');
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        'attachment; filename="consent_form_script_.html.pdf"',
      );
      expect(file.headers['cache-control']).toBe('no-store');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(PDF)).toBe(true);
      const png = await ok('PUT', `${url}/consent/scan`, 'nurse', {
        fileName: 'scan.png',
        dataBase64: PNG.toString('base64'),
      });
      expect(png.consentScan?.contentType).toBe('image/png');
    });

    it('refuses hostile uploads by content and size, storing nothing', async () => {
      const url = await offeredCase();
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const wrongMagic = await send('PUT', `${url}/consent/scan`, 'nurse', {
        fileName: 'form.pdf',
        dataBase64: html.toString('base64'),
      });
      expect(wrongMagic.statusCode).toBe(415);
      expect(problemPaths(wrongMagic)).toEqual(['dataBase64']);
      const notBase64 = await send('PUT', `${url}/consent/scan`, 'nurse', {
        fileName: 'form.pdf',
        dataBase64: '%PDF-<>',
      });
      expect(problemPaths(notBase64)).toEqual(['dataBase64']);
      // 10 MB + 3 bytes of a PDF: refused by size.
      const big = Buffer.alloc(10 * 1024 * 1024 + 3, 0x20);
      PDF.copy(big);
      const tooBig = await send('PUT', `${url}/consent/scan`, 'nurse', {
        fileName: 'big.pdf',
        dataBase64: big.toString('base64'),
      });
      expect([400, 413]).toContain(tooBig.statusCode);
      const missing = await send('GET', `${url}/consent/scan`, 'nurse');
      expect(missing.statusCode).toBe(404);
      const rows = await t.ctx.db.selectFrom('case_consent_scans').select('case_id').execute();
      expect(rows.map((r) => r.case_id)).not.toContain(url.split('/').pop());
    });

    it('refuses a scan before IORT is offered', async () => {
      const { url } = await openCase();
      expect(
        await refused('PUT', `${url}/consent/scan`, 'nurse', {
          fileName: 'f.pdf',
          dataBase64: PDF.toString('base64'),
        }),
      ).toBe('consent-needs-offer-decision');
    });
  });

  it('lists a patient’s cases and counts open cases by step for the program lead', async () => {
    const { patient, view } = await openCase();
    const list = await send('GET', `/api/patients/${patient.id}/cases`, 'research-coordinator');
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([view.id]);
    const worklist = (await send('GET', '/api/worklist', 'admin')).json<Worklist>();
    expect(worklist.today).toBe(TODAY);
    expect(worklist.countsByStep.candidacy).toBeGreaterThanOrEqual(1);
    const byRole = (
      await send('GET', '/api/worklist?role=medical-physicist', 'admin')
    ).json<Worklist>();
    for (const item of byRole.open)
      for (const w of item.waiting) expect(w.roles).toContain('medical-physicist');
    const audit = await send('GET', `/api/audit?mrn=${patient.mrn}&action=case.create`, 'admin');
    const rows = audit.json<{ items: { recordId: string; patient: { mrn: string } | null }[] }>();
    expect(rows.items.map((r) => [r.recordId, r.patient?.mrn])).toEqual([[view.id, patient.mrn]]);
    const bad = await send('GET', '/api/worklist?role=king&x=1', 'admin');
    expect(problemPaths(bad)).toEqual(['role', 'x']);
  });
});

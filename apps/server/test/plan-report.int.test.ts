import {
  clinicalSignatureMeaning,
  type Patient,
  type Problem,
  type StoredPlan,
} from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../src/cli/cli-context.ts';
import { seedDemoPatients } from '../src/demo/seed-demo.ts';
import { createPlanFor, planRequest, storeClinicalTestModel } from './plan-fixtures.ts';
import { pdfOnDisk } from './pdf-tools.ts';
import {
  browserHeaders,
  createTestApp,
  NO_SUCH_ID,
  TEST_PASSWORD,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const HOSPITAL = 'Fictional General Hospital';

describe.each(testDatabaseKinds())('plan report PDF on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let other: TestApp;
  let physicist: string;
  let oncologist: string;
  let nurse: string;
  let clinicalModelId: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database, { OPENIORT_HOSPITAL_NAME: HOSPITAL });
    // A second instance on the same database, as behind a load balancer.
    other = await createTestApp(database, { OPENIORT_HOSPITAL_NAME: HOSPITAL });
    physicist = await t.signInAs('medical-physicist');
    oncologist = await t.signInAs('radiation-oncologist');
    nurse = await t.signInAs('nurse');
    clinicalModelId = (await storeClinicalTestModel(t)).id;
  }, 60_000);
  afterAll(async () => {
    await other.close();
    await t.close();
    await database.drop();
  });

  /** A fictional patient with a Cyrillic given name, to prove the embedded font covers it. */
  const addPatient = async (mrn: string): Promise<Patient> => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: browserHeaders(oncologist),
      payload: {
        mrn,
        familyName: 'Testperson',
        givenName: 'Вера',
        birthDate: '1950-02-03',
        sex: 'female',
        preferredLanguage: 'ru',
      },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json<Patient>();
  };
  const fetchReport = (app: TestApp, cookie: string, planId: string, query = '') =>
    app.app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/report.pdf${query}`,
      headers: browserHeaders(cookie),
    });

  it('prints a demonstration plan with MPPG 11.a content and the label on every page', async () => {
    const patient = await addPatient('T-PDF-1');
    const plan = await createPlanFor(t, physicist, patient.id);
    const response = await fetchReport(t, nurse, plan.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="plan-report-${plan.id}-v1-a4.pdf"`,
    );
    const pdf = pdfOnDisk(response.rawPayload, 'demo-a4');
    try {
      expect(pdf.paperName()).toBe('A4');
      expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pdf.pageCount; page += 1) {
        const text = pdf.pageText(page);
        expect(text, `page ${String(page)}`).toContain('DEMONSTRATION');
        expect(text).toContain(`Page ${String(page)} of ${String(pdf.pageCount)}`);
        expect(text).toContain(HOSPITAL);
      }
      const text = pdf.text().replace(/\s+/g, ' ');
      expect(text).toContain('Testperson, Вера');
      expect(text).toContain('T-PDF-1');
      expect(text).toContain('1950-02-03');
      expect(text).toContain('20.00 Gy in 1 fraction');
      expect(text).toContain(plan.sourceModelChecksum);
      expect(text).toContain(`Dose engine version ${plan.engineVersion}`);
      expect(text).toContain('AAPM TG-43');
      expect(text).toContain('Nominal strength of the model');
      expect(text).toContain(`Total treatment time: ${plan.output.totalTimeS.toFixed(1)} s`);
      for (const dwell of plan.output.dwells) expect(text).toContain(dwell.timeS.toFixed(1));
      expect(text).toContain('Independent second check');
      expect(text).toContain('Isodose lines');
      expect(text).toContain('Dose–volume histogram');
      expect(text).toContain(`Version 1 is not signed`);
      expect(pdf.fonts()).toMatch(/DejaVuSans\b/);
      expect(
        pdf
          .fonts()
          .split('\n')
          .filter((l) => l.includes('DejaVu'))
          .every((l) => / yes +yes /.test(l)),
      ).toBe(true);
      const pngs = pdf.render(50);
      expect(pngs).toHaveLength(pdf.pageCount);
    } finally {
      pdf.remove();
    }
  });

  it('is byte-identical from two instances and on a second print; Letter on request', async () => {
    const patient = await addPatient('T-PDF-2');
    const plan = await createPlanFor(t, physicist, patient.id);
    // Printed later than saved: the print time must not change a byte.
    t.clock.advanceMinutes(10);
    const first = await fetchReport(t, nurse, plan.id);
    const second = await fetchReport(other, physicist, plan.id);
    expect(first.statusCode).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const letter = await fetchReport(t, nurse, plan.id, '?paper=letter');
    expect(letter.statusCode).toBe(200);
    const pdf = pdfOnDisk(letter.rawPayload, 'demo-letter');
    try {
      expect(pdf.paperName()).toBe('letter');
      for (let page = 1; page <= pdf.pageCount; page += 1)
        expect(pdf.pageText(page)).toContain('DEMONSTRATION');
      expect(pdf.render(50)).toHaveLength(pdf.pageCount);
    } finally {
      pdf.remove();
    }
  });

  it('prints a clinical plan without the label, with both signatures and the measured strength', async () => {
    const patient = await addPatient('T-PDF-3');
    const plan = await createPlanFor(t, physicist, patient.id, clinicalModelId, {
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 20, to: 'surface' },
      skinDistanceCm: 1.2,
      airKermaStrengthU: 10000 * 0.97,
    });
    for (const [cookie, role] of [
      [physicist, 'medical-physicist'],
      [oncologist, 'radiation-oncologist'],
    ] as const) {
      const signed = await planRequest(t, cookie, 'POST', `/api/plans/${plan.id}/signatures`, {
        password: TEST_PASSWORD,
        meaning: clinicalSignatureMeaning(role),
        version: 1,
      });
      expect(signed.statusCode, signed.body).toBe(201);
    }
    const response = await fetchReport(t, oncologist, plan.id);
    const pdf = pdfOnDisk(response.rawPayload, 'clinical');
    try {
      const text = pdf.text().replace(/\s+/g, ' ');
      expect(text).not.toContain('DEMONSTRATION');
      expect(text).toContain('Measured by the output check');
      expect(text).toContain('9700.0 U');
      expect(text).toContain('signed by a medical physicist and a radiation oncologist');
      expect(text).toContain('Physics review: I checked');
      expect(text).toContain('Physician approval: I approve');
      expect(text).toContain('password re-entered');
    } finally {
      pdf.remove();
    }
  });

  it('prints a refused plan with its refusal and no doses', async () => {
    const patient = await addPatient('T-PDF-6');
    const plan = await createPlanFor(t, physicist, patient.id, clinicalModelId, {
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 20, to: 'surface' },
      skinDistanceCm: 0.4,
    });
    expect(plan.output.status).toBe('refused');
    const pdf = pdfOnDisk((await fetchReport(t, nurse, plan.id)).rawPayload, 'refused');
    try {
      const text = pdf.text().replace(/\s+/g, ' ');
      expect(text).toContain('The dose engine refused this plan');
      expect(text).not.toContain('Independent second check');
      expect(text).not.toContain('Isodose lines');
      expect(pdf.render(50)).toHaveLength(pdf.pageCount);
    } finally {
      pdf.remove();
    }
  });

  it('labels a demonstration patient even with a clinical model', async () => {
    await seedDemoPatients(t.ctx, cliActor());
    const demo = await t.ctx.db
      .selectFrom('patients')
      .select('id')
      .where('is_demo', '=', 1)
      .executeTakeFirstOrThrow();
    const plan: StoredPlan = await createPlanFor(t, physicist, demo.id, clinicalModelId);
    const pdf = pdfOnDisk((await fetchReport(t, nurse, plan.id)).rawPayload, 'demo-patient');
    try {
      for (let page = 1; page <= pdf.pageCount; page += 1)
        expect(pdf.pageText(page)).toContain('DEMONSTRATION — demonstration patient');
    } finally {
      pdf.remove();
    }
  });

  it('audits each print as plan.print, and an unknown plan as a failed one', async () => {
    const patient = await addPatient('T-PDF-4');
    const plan = await createPlanFor(t, physicist, patient.id);
    await fetchReport(t, nurse, plan.id, '?paper=letter');
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', plan.id)
      .where('action', '=', 'plan.print')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.outcome).toBe('success');
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({
      patientId: patient.id,
      version: 1,
      paper: 'letter',
    });
    const missing = await fetchReport(t, nurse, NO_SUCH_ID);
    expect(missing.statusCode).toBe(404);
    const failed = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', NO_SUCH_ID)
      .where('action', '=', 'plan.print')
      .execute();
    expect(failed.map((r) => r.outcome)).toEqual(['failure']);
  });

  it('refuses an unknown paper or query key by name, printing nothing', async () => {
    const patient = await addPatient('T-PDF-5');
    const plan = await createPlanFor(t, physicist, patient.id);
    for (const query of ['?paper=a3', '?paper=letter&copies=2']) {
      const response = await fetchReport(t, nurse, plan.id, query);
      expect(response.statusCode).toBe(400);
      const problem = response.json<Problem>();
      expect(problem.errors?.map((e) => e.path)).toEqual([
        query.includes('copies') ? 'copies' : 'paper',
      ]);
    }
    const prints = await t.ctx.db
      .selectFrom('audit_log')
      .select('seq')
      .where('record_id', '=', plan.id)
      .where('action', '=', 'plan.print')
      .execute();
    expect(prints).toHaveLength(0);
  });
});

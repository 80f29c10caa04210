import { contentFor, formatDate, type Language } from '@openiort/content';
import type { Patient, Problem } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREOPERATIVE_FACTS } from './candidacy-fixtures.ts';
import { pdfOnDisk } from './pdf-tools.ts';
import { browserHeaders, createTestApp, NO_SUCH_ID, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const CONTACT = 'Fictional Breast IORT program, +1 555 0100';

/** "This is not a diagnosis" as each language's handout says it. */
const NOT_A_DIAGNOSIS: Partial<Record<Language, string>> = {
  en: 'This is not a diagnosis',
  ru: 'Это не диагноз',
  de: 'Dies ist keine Diagnose',
};

describe.each(testDatabaseKinds())('patient handout PDF on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let nurse: string;
  let oncologist: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database, { OPENIORT_PROGRAM_CONTACT: CONTACT });
    nurse = await t.signInAs('nurse');
    oncologist = await t.signInAs('radiation-oncologist');
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  let mrns = 0;
  const addPatient = async (givenName: string, preferredLanguage: Language): Promise<Patient> => {
    mrns += 1;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: browserHeaders(oncologist),
      payload: {
        mrn: `T-HANDOUT-${String(mrns)}`,
        familyName: 'Testperson',
        givenName,
        birthDate: '1955-06-07',
        sex: 'female',
        preferredLanguage,
      },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json<Patient>();
  };
  const evaluate = async (patientId: string, facts: Record<string, unknown>) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/evaluations`,
      headers: browserHeaders(oncologist),
      payload: { facts },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
  };
  const fetchHandout = (patientId: string, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/handout.pdf${query}`,
      headers: browserHeaders(nurse),
    });

  it.each([
    { language: 'ru', name: 'Вера', paper: 'a4', paperName: 'A4', query: '' },
    { language: 'en', name: 'Hope', paper: 'letter', paperName: 'letter', query: '?paper=letter' },
    { language: 'de', name: 'Hoffnung', paper: 'a4', paperName: 'A4', query: '?lang=de' },
  ] as const)(
    'prints the $language handout on $paper with her name, candidacy and the figures',
    async ({ language, name, paper, paperName, query }) => {
      // The German handout is asked for a patient who prefers English: ?lang wins.
      const patient = await addPatient(name, language === 'de' ? 'en' : language);
      await evaluate(patient.id, PREOPERATIVE_FACTS);
      const response = await fetchHandout(patient.id, query);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      const pdf = pdfOnDisk(response.rawPayload, `handout-${language}-${paper}`);
      try {
        expect(pdf.paperName()).toBe(paperName);
        const text = pdf.text().replace(/\s+/g, ' ');
        const { release } = contentFor(language);
        expect(text).toContain(`${name} Testperson`);
        expect(text).toContain(NOT_A_DIAGNOSIS[language]);
        expect(text).toContain(release.version);
        expect(text).toContain(formatDate(language, t.ctx.now().toISOString().slice(0, 10)));
        expect(text).toContain(CONTACT);
        // TARGIT-A: 239 of 1,571 needed whole-breast radiation too; 24 of 1,140 recurrences.
        expect(text).toContain('TARGIT-A');
        expect(text).toMatch(/239/);
        expect(text).toMatch(/1[\s,.\u00a0\u202f]?571/);
        expect(text).toContain('Vaidya JS et al. BMJ 2020;370:m2836');
        // Within the default criteria: the program's answer is the candidate sentence.
        const program = {
          en: 'you may be suited to IORT',
          ru: 'вам может подойти ИОЛТ',
          de: 'Die IORT kommt für Sie womöglich infrage',
        }[language];
        expect(text).toContain(program);
        if (language === 'en') {
          expect(text).toContain('This text is a draft');
        } else {
          expect(text).toContain(
            language === 'ru' ? 'Этот перевод ещё не проверен' : 'noch nicht geprüft',
          );
        }
        expect(text).not.toMatch(/\{\{|handout\.|comparison\./);
        expect(pdf.fonts()).toMatch(/DejaVuSans/);
        const pages = pdf.render(40);
        expect(pages.length).toBe(pdf.pageCount);
        expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
      } finally {
        pdf.remove();
      }
      const rows = await t.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('record_id', '=', patient.id)
        .where('action', '=', 'patient.handout-print')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.outcome).toBe('success');
      expect(JSON.parse(rows[0]?.detail ?? '{}')).toMatchObject({
        language,
        paper,
        contentVersion: contentFor(language).release.version,
      });
    },
  );

  it('names what is missing when the program cannot answer, and says when nothing was checked', async () => {
    const patient = await addPatient('Missing', 'en');
    const none = pdfOnDisk((await fetchHandout(patient.id)).rawPayload, 'handout-none');
    try {
      expect(none.text().replace(/\s+/g, ' ')).toContain('Your case has not been checked yet');
    } finally {
      none.remove();
    }
    const { invasiveSizeMm: _size, ...withoutSize } = PREOPERATIVE_FACTS;
    await evaluate(patient.id, withoutSize);
    const pdf = pdfOnDisk((await fetchHandout(patient.id)).rawPayload, 'handout-missing');
    try {
      expect(pdf.text().replace(/\s+/g, ' ')).toContain(
        'The program’s criteria: some information is missing: the size of the tumour',
      );
    } finally {
      pdf.remove();
    }
  });

  it('labels a demonstration patient on every page', async () => {
    const patient = await addPatient('Demo', 'en');
    await t.ctx.db
      .updateTable('patients')
      .set({ is_demo: 1 })
      .where('id', '=', patient.id)
      .execute();
    const pdf = pdfOnDisk((await fetchHandout(patient.id)).rawPayload, 'handout-demo');
    try {
      for (let page = 1; page <= pdf.pageCount; page += 1) {
        expect(pdf.pageText(page)).toContain('Demonstration: an invented person');
      }
    } finally {
      pdf.remove();
    }
  });

  it('refuses an unknown language, paper or query key by name, printing nothing', async () => {
    const patient = await addPatient('Refused', 'en');
    for (const [query, field] of [
      ['?lang=xx', 'lang'],
      ['?lang=EN', 'lang'],
      ['?paper=a3', 'paper'],
      ['?paper=letter&copies=2', 'copies'],
    ] as const) {
      const response = await fetchHandout(patient.id, query);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json<Problem>().errors?.map((e) => e.path)).toEqual([field]);
    }
    const prints = await t.ctx.db
      .selectFrom('audit_log')
      .select('seq')
      .where('record_id', '=', patient.id)
      .where('action', '=', 'patient.handout-print')
      .execute();
    expect(prints).toHaveLength(0);
    const missing = await fetchHandout(NO_SUCH_ID);
    expect(missing.statusCode).toBe(404);
    const failed = await t.ctx.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('record_id', '=', NO_SUCH_ID)
      .where('action', '=', 'patient.handout-print')
      .execute();
    expect(failed.map((r) => r.outcome)).toEqual(['failure']);
  });
});

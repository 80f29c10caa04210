import type { AuditPage } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/audit/audit-event.ts';
import { appendAudit } from '../src/audit/audit-writer.ts';
import { AUDIT_EXPORT_BATCH_ROWS } from '../src/audit/audit-query.ts';
import { addPatient } from './candidacy-fixtures.ts';
import { createPlanFor } from './plan-fixtures.ts';
import { browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('audit trail API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;
  let oncologist: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    admin = await t.signInAs('admin', 'ada.admin@example.org');
    oncologist = await t.signInAs('radiation-oncologist', 'rory.oncologist@example.org');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const get = (url: string) => t.app.inject({ url, headers: browserHeaders(admin) });

  it('names the patient of patient and plan rows, and filters by MRN and part of an e-mail', async () => {
    const patient = await addPatient(t, oncologist);
    const other = await addPatient(t, oncologist);
    const plan = await createPlanFor(t, oncologist, patient.id);

    const response = await get(`/api/audit?mrn=${encodeURIComponent(patient.mrn)}&limit=200`);
    expect(response.statusCode).toBe(200);
    const page = response.json<AuditPage>();
    expect(page.items.map((e) => [e.action, e.recordId]).sort()).toEqual(
      [
        ['patient.create', patient.id],
        ['plan.create', plan.id],
      ].sort(),
    );
    for (const entry of page.items) {
      expect(entry.patient).toEqual({
        id: patient.id,
        mrn: patient.mrn,
        familyName: patient.familyName,
        givenName: patient.givenName,
      });
    }

    const byPart = (await get('/api/audit?actorContains=RORY.onc&limit=200')).json<AuditPage>();
    expect(byPart.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(byPart.items.map((e) => e.actorEmail))).toEqual(
      new Set(['rory.oncologist@example.org']),
    );
    expect(byPart.items.some((e) => e.recordId === other.id)).toBe(true);
    // LIKE wildcards are text, not wildcards.
    expect((await get('/api/audit?actorContains=%25')).json<AuditPage>().total).toBe(0);
  });

  it('exports the filtered rows as CSV, safe for spreadsheets, and audits the export', async () => {
    const patient = await addPatient(t, oncologist);
    await t.app.inject({
      method: 'PUT',
      url: `/api/patients/${patient.id}`,
      headers: browserHeaders(oncologist),
      payload: {
        mrn: patient.mrn,
        familyName: '=HYPERLINK("http://x")',
        givenName: patient.givenName,
        birthDate: patient.birthDate,
        sex: patient.sex,
        preferredLanguage: patient.preferredLanguage,
        version: 1,
      },
    });
    const response = await get(`/api/audit/export.csv?mrn=${encodeURIComponent(patient.mrn)}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="openiort-audit-/,
    );
    const lines = response.body.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^seq,at,actor_email,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('patient.update');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x""), ${patient.givenName}"`);
    expect(lines.slice(1).every((l) => !/,=/.test(l))).toBe(true);

    const exports = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_email', 'detail'])
      .where('action', '=', 'audit.export')
      .execute();
    expect(exports).toHaveLength(1);
    expect(exports[0]?.actor_email).toBe('ada.admin@example.org');
    expect(JSON.parse(exports[0]?.detail ?? '{}')).toMatchObject({
      query: { mrn: patient.mrn },
      returned: 2,
    });
  });

  it('exports every row however many batches it takes, each once, newest first', async () => {
    // More rows than the 10,000 the export once stopped at, chained for real in one transaction
    // (to be quick), so that both a cap and a slip at a batch boundary would show.
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 10_000 + AUDIT_EXPORT_BATCH_ROWS + 7; i += 1) {
        await appendAudit(trx, t.ctx, t.ctx.now(), {
          actor: ANONYMOUS('192.0.2.1'),
          action: 'auth.login-failed',
          outcome: 'failure',
          detail: { fixture: i },
        });
      }
    });
    const head = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    const response = await get('/api/audit/export.csv');
    expect(response.statusCode).toBe(200);
    const seqs = response.body
      .split('\r\n')
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => Number(l.split(',')[0]));
    // Every row written before the export began: 1 … head, none twice, none skipped.
    expect(seqs).toHaveLength(Number(head.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)).toBe(1);
    expect(seqs[0]).toBe(Number(head.seq));
  });

  it('refuses unknown filters and other roles', async () => {
    expect((await get('/api/audit/export.csv?limit=5')).statusCode).toBe(400);
    const denied = await t.app.inject({
      url: '/api/audit/export.csv',
      headers: browserHeaders(oncologist),
    });
    expect(denied.statusCode).toBe(403);
  });
});

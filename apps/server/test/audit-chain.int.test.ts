import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/audit/audit-event.ts';
import { recordAudit } from '../src/audit/audit-service.ts';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** What someone with direct database access would do first: remove the append-only triggers. */
async function dropAppendOnlyGuard(t: TestApp) {
  if (t.ctx.dialect === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(t.ctx.db);
    await sql`drop trigger audit_log_no_delete`.execute(t.ctx.db);
  } else {
    await sql`drop trigger audit_log_append_only on audit_log`.execute(t.ctx.db);
  }
}

describe.each(testDatabaseKinds())('audit hash chain on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeEach(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    for (let i = 1; i <= 5; i += 1) {
      await recordAudit(t.ctx, {
        actor: ANONYMOUS('127.0.0.1'),
        action: 'auth.login-failed',
        outcome: 'failure',
        detail: { attempt: i },
      });
    }
  });
  afterEach(async () => {
    await t.close();
    await database.drop();
  });

  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toEqual({ ok: true, rowsChecked: 5 });
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(
      sql`update audit_log set outcome = 'success' where seq = 2`.execute(t.ctx.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 2`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('finds a changed value', async () => {
    await dropAppendOnlyGuard(t);
    await sql`update audit_log set detail = '{"attempt":99}' where seq = 3`.execute(t.ctx.db);
    expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      rowsChecked: 2,
    });
  });

  it('finds a changed value even when the row hash was recomputed to match', async () => {
    await dropAppendOnlyGuard(t);
    const row3 = await t.ctx.db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set hash = ${'f'.repeat(64)} where seq = 3`.execute(t.ctx.db);
    const result = await verifyAuditChain(t.ctx.db, t.ctx.auditKeys);
    expect(row3.hash).not.toBe('f'.repeat(64));
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds a removed row', async () => {
    await dropAppendOnlyGuard(t);
    await sql`delete from audit_log where seq = 2`.execute(t.ctx.db);
    expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toMatchObject({
      ok: false,
      firstBrokenSeq: 2,
    });
  });

  it('finds rows cut off the end', async () => {
    await dropAppendOnlyGuard(t);
    await sql`delete from audit_log where seq = 5`.execute(t.ctx.db);
    expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toMatchObject({
      ok: false,
      firstBrokenSeq: 5,
      rowsChecked: 4,
    });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit(t.ctx, {
          actor: ANONYMOUS(null),
          action: 'auth.login-failed',
          outcome: 'failure',
          detail: { burst: i },
        }),
      ),
    );
    expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toEqual({
      ok: true,
      rowsChecked: 45,
    });
  });
});

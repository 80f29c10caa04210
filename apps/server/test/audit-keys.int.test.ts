import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/audit/audit-event.ts';
import { recordAudit } from '../src/audit/audit-service.ts';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { makeLegacyChain } from './legacy-chain.ts';
import { TEST_AUDIT_KEY } from './process-helpers.ts';
import { createTestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const OTHER_KEY = 'another-audit-key-of-at-least-32-characters';

describe.each(testDatabaseKinds())('audit keys on $name', (kind) => {
  const scratch = scratchDir('openiort-audit-keys-');
  let database: TestDatabase;

  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.drop();
  });

  async function addEvent(env: Record<string, string> = {}): Promise<void> {
    const t = await createTestApp(database, env);
    try {
      await recordAudit(t.ctx, {
        actor: ANONYMOUS(null),
        action: 'auth.login-failed',
        outcome: 'failure',
      });
    } finally {
      await t.close();
    }
  }

  it('keeps SHA-256 rows from before the upgrade verifiable and records where keyed rows begin', async () => {
    const handle = createDatabase(database.target);
    try {
      await makeLegacyChain(handle, 4);
    } finally {
      await handle.close();
    }
    await addEvent();
    await addEvent();
    const t = await createTestApp(database);
    try {
      expect(await verifyAuditChain(t.ctx.db, t.ctx.auditKeys)).toEqual({
        ok: true,
        rowsChecked: 7,
      });
      const rows = await t.ctx.db
        .selectFrom('audit_log')
        .select(['seq', 'action', 'key_id', 'detail'])
        .orderBy('seq')
        .execute();
      expect(rows.map((r) => r.key_id === null)).toEqual([
        true,
        true,
        true,
        true,
        false,
        false,
        false,
      ]);
      expect(rows[4]).toMatchObject({ action: 'audit.keyed' });
      expect(JSON.parse(rows[4]?.detail ?? '')).toEqual({
        keyedFromSeq: 5,
        keyId: t.ctx.auditKeys.current.id,
      });
    } finally {
      await t.close();
    }
  });

  it('refuses to start with a key that does not match the chain, and verification says why', async () => {
    await addEvent();
    await expect(createTestApp(database, { OPENIORT_AUDIT_KEY: OTHER_KEY })).rejects.toThrow(
      /The audit chain is keyed with key [0-9a-f]{16}, but this instance's audit key is [0-9a-f]{16}/,
    );
    const result = await runCliCaptured(['audit', 'verify'], {
      DATABASE_URL: database.url,
      OPENIORT_AUDIT_KEY: OTHER_KEY,
    });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /BROKEN at row 1: it is keyed with audit key [0-9a-f]{16}, which this instance does not have/,
    );
  });

  it('rotates a key kept in a file and verifies both segments afterwards', async () => {
    const keyFile = scratch.write(`rotate-${kind.name}.key`, `${TEST_AUDIT_KEY}\n`);
    const env = { DATABASE_URL: database.url, OPENIORT_AUDIT_KEY_FILE: keyFile };
    await addEvent();
    await addEvent();
    const rotated = await runCliCaptured(['audit', 'rotate-key'], env);
    expect(rotated.code, rotated.err).toBe(0);
    expect(rotated.out).toMatch(/Audit key rotated at row 3: key [0-9a-f]{16} → [0-9a-f]{16}\./);
    const newKey = fs.readFileSync(keyFile, 'utf8').trim();
    expect(newKey).not.toBe(TEST_AUDIT_KEY);
    expect(newKey.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(`${keyFile}.previous`, 'utf8')).toBe(`${TEST_AUDIT_KEY}\n`);
    expect(fs.statSync(`${keyFile}.previous`).mode & 0o777).toBe(0o600);

    await addEvent({ OPENIORT_AUDIT_KEY_FILE: keyFile });
    const verified = await runCliCaptured(['audit', 'verify'], env);
    expect(verified).toMatchObject({ code: 0, out: 'Audit trail intact: 4 rows verified.\n' });

    // Without the old key the first segment cannot be checked; with only the old one, no start.
    const newOnly = await runCliCaptured(['audit', 'verify'], {
      DATABASE_URL: database.url,
      OPENIORT_AUDIT_KEY: newKey,
    });
    expect(newOnly.code).toBe(1);
    expect(newOnly.out).toMatch(/BROKEN at row 1: it is keyed with audit key/);
    await expect(createTestApp(database)).rejects.toThrow(/The audit chain is keyed with key/);
  });

  it('refuses to rotate from a key that does not match the chain, changing no file', async () => {
    await addEvent();
    const keyFile = scratch.write(`wrong-${kind.name}.key`, `${OTHER_KEY}\n`);
    const result = await runCliCaptured(['audit', 'rotate-key'], {
      DATABASE_URL: database.url,
      OPENIORT_AUDIT_KEY_FILE: keyFile,
    });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/The audit chain is keyed with key/);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(`${OTHER_KEY}\n`);
    expect(fs.existsSync(`${keyFile}.next`)).toBe(false);
    expect(fs.existsSync(`${keyFile}.previous`)).toBe(false);
  });

  it('rotates a key given in the environment to OPENIORT_AUDIT_NEW_KEY', async () => {
    await addEvent();
    const refused = await runCliCaptured(['audit', 'rotate-key'], { DATABASE_URL: database.url });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Set OPENIORT_AUDIT_NEW_KEY/);
    const rotated = await runCliCaptured(['audit', 'rotate-key'], {
      DATABASE_URL: database.url,
      OPENIORT_AUDIT_KEY: TEST_AUDIT_KEY,
      OPENIORT_AUDIT_NEW_KEY: OTHER_KEY,
    });
    expect(rotated.code, rotated.err).toBe(0);
    expect(rotated.out).toMatch(/Now set OPENIORT_AUDIT_KEY to the new key/);
    const verified = await runCliCaptured(['audit', 'verify'], {
      DATABASE_URL: database.url,
      OPENIORT_AUDIT_KEY: OTHER_KEY,
      OPENIORT_AUDIT_PREVIOUS_KEYS: TEST_AUDIT_KEY,
    });
    expect(verified).toMatchObject({ code: 0, out: 'Audit trail intact: 2 rows verified.\n' });
  });
});

import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/audit/audit-event.ts';
import { auditKeyFromText } from '../src/audit/audit-key.ts';
import { recordAudit } from '../src/audit/audit-service.ts';
import { createDatabase, type DatabaseHandle } from '../src/db/create-database.ts';
import { dropGuards, rewriteFrom, truncateAndMoveHead } from './audit-attacker.ts';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { copyTestDatabase } from './database-copy.ts';
import { TEST_AUDIT_KEY } from './process-helpers.ts';
import { createTestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const ROWS = 10;

/** Appends `count` failed sign-ins, as the server would record them. */
async function addEvents(database: TestDatabase, count: number): Promise<void> {
  const t = await createTestApp(database);
  try {
    for (let i = 1; i <= count; i += 1) {
      await recordAudit(t.ctx, {
        actor: ANONYMOUS('127.0.0.1'),
        action: 'auth.login-failed',
        outcome: 'failure',
        detail: { attempt: i },
      });
    }
  } finally {
    await t.close();
  }
}

describe.each(testDatabaseKinds())('tampering with a copy of the audit trail on $name', (kind) => {
  const scratch = scratchDir('openiort-tamper-');
  let original: TestDatabase;

  beforeAll(async () => {
    original = await kind.create();
    await addEvents(original, ROWS);
  });
  afterAll(async () => {
    await original.drop();
  });

  /** Runs `attack` on a fresh copy of the original, then `check` with the copy closed. */
  async function onCopy(
    attack: (handle: DatabaseHandle, copy: TestDatabase) => Promise<void>,
    check: (copy: TestDatabase) => Promise<void>,
  ): Promise<void> {
    const copy = await copyTestDatabase(original);
    try {
      const handle = createDatabase(copy.target);
      try {
        await attack(handle, copy);
      } finally {
        await handle.close();
      }
      await check(copy);
    } finally {
      await copy.drop();
    }
  }

  const verify = (copy: TestDatabase, ...args: string[]) =>
    runCliCaptured(['audit', 'verify', ...args], {
      DATABASE_URL: copy.url,
      OPENIORT_AUDIT_KEY: TEST_AUDIT_KEY,
      OPENIORT_AUDIT_SIGNING_KEY_FILE: scratch.path('signing.pem'),
    });

  const checkpointOf = async (copy: TestDatabase, name: string): Promise<string> => {
    const result = await runCliCaptured(['audit', 'checkpoint'], {
      DATABASE_URL: copy.url,
      OPENIORT_AUDIT_KEY: TEST_AUDIT_KEY,
      OPENIORT_AUDIT_SIGNING_KEY_FILE: scratch.path('signing.pem'),
    });
    expect(result.code, result.err).toBe(0);
    return scratch.write(name, result.out);
  };

  it('verifies an untouched copy', async () => {
    await onCopy(
      () => Promise.resolve(),
      async (copy) => {
        const result = await verify(copy);
        expect(result.code).toBe(0);
        expect(result.out).toBe(`Audit trail intact: ${String(ROWS)} rows verified.\n`);
      },
    );
  });

  it('refuses to rewrite, delete or move back the log and its head while the triggers stand', async () => {
    await onCopy(
      async ({ db }) => {
        await expect(
          sql`update audit_log set outcome = 'success' where seq = 2`.execute(db),
        ).rejects.toThrow(/append-only/);
        await expect(sql`update audit_head set last_seq = 5`.execute(db)).rejects.toThrow(
          /only moves forward/,
        );
        await expect(sql`update audit_head set last_seq = 11`.execute(db)).rejects.toThrow(
          /only moves forward/,
        );
        await expect(sql`update audit_head set mac = 'x'`.execute(db)).rejects.toThrow(
          /only moves forward/,
        );
        await expect(sql`delete from audit_head`.execute(db)).rejects.toThrow(/only moves forward/);
        await expect(
          sql`insert into audit_head (id, last_seq, last_hash) values (2, 1, 'x')`.execute(db),
        ).rejects.toThrow(/holds one row/);
      },
      async (copy) => {
        expect((await verify(copy)).code).toBe(0);
      },
    );
  });

  it('finds a row rewritten with every later hash and the head recomputed in plain SHA-256', async () => {
    await onCopy(
      async (handle) => {
        await dropGuards(handle);
        await rewriteFrom(handle.db, 4, '{"attempt":99}', { kind: 'plain', stripKeys: false });
      },
      async (copy) => {
        const result = await verify(copy);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(
          /BROKEN at row 4: its contents were changed \(its HMAC does not match\)/,
        );
      },
    );
  });

  it('finds a chain rewritten entirely as plain SHA-256 with a plain head, and will not build on it', async () => {
    await onCopy(
      async (handle) => {
        await dropGuards(handle);
        await rewriteFrom(handle.db, 4, '{"attempt":99}', { kind: 'plain', stripKeys: true });
        await sql`update audit_log set key_id = null`.execute(handle.db);
        await rewriteFrom(handle.db, 1, '{"attempt":1}', { kind: 'plain', stripKeys: true });
      },
      async (copy) => {
        const result = await verify(copy);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(/BROKEN at row 11: the chain head carries no HMAC/);
        await expect(createTestApp(copy)).rejects.toThrow(
          /carries no HMAC although this database was keyed/,
        );
        const write = await runCliCaptured(['demo'], { DATABASE_URL: copy.url });
        expect(write.code).toBe(2);
        expect(write.err).toMatch(/carries no HMAC/);
      },
    );
  });

  it('finds the last rows deleted and the head moved back', async () => {
    await onCopy(
      async (handle) => {
        await dropGuards(handle);
        await truncateAndMoveHead(handle.db, 7);
      },
      async (copy) => {
        const result = await verify(copy);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(
          /BROKEN at row 8: the chain head was moved or rewritten \(its HMAC does not match\)/,
        );
      },
    );
  });

  it('catches an older copy restored: intact on its own, but short of a later checkpoint', async () => {
    const older = await copyTestDatabase(original);
    const live = await copyTestDatabase(original);
    try {
      await addEvents(live, 3);
      const checkpoint = await checkpointOf(live, `live-${kind.name}.json`);
      const onLive = await verify(live, '--checkpoint', checkpoint);
      expect(onLive.code).toBe(0);
      expect(onLive.out).toMatch(/Checkpoint .* \(row 13, signed .*\): matches\./);

      const restored = await verify(older, '--checkpoint', checkpoint);
      expect(restored.code).toBe(1);
      expect(restored.out).toMatch(/Audit trail intact: 10 rows verified\./);
      expect(restored.out).toMatch(
        /FAILED: the chain ends at row 10 but the checkpoint saw row 13: rows were removed or an older copy of the database was restored/,
      );
    } finally {
      await older.drop();
      await live.drop();
    }
  });

  it('catches history rewritten by someone holding the key, with a checkpoint taken before', async () => {
    let checkpoint = '';
    await onCopy(
      async (handle, copy) => {
        checkpoint = await checkpointOf(copy, `insider-${kind.name}.json`);
        await dropGuards(handle);
        await rewriteFrom(handle.db, 4, '{"attempt":99}', {
          kind: 'keyed',
          key: auditKeyFromText(TEST_AUDIT_KEY),
        });
      },
      async (copy) => {
        expect((await verify(copy)).code).toBe(0);
        const result = await verify(copy, '--checkpoint', checkpoint);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(
          /FAILED: row 10 is not the row the checkpoint saw: the chain up to it was rewritten/,
        );
      },
    );
  });

  it('refuses a checkpoint whose statement was altered', async () => {
    await onCopy(
      () => Promise.resolve(),
      async (copy) => {
        const file = await checkpointOf(copy, `altered-${kind.name}.json`);
        const signed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
          statement: { seq: number };
        };
        signed.statement.seq = 3;
        const altered = scratch.write(`altered-2-${kind.name}.json`, signed);
        const result = await verify(copy, '--checkpoint', altered);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(/FAILED: its signature does not match its statement/);
      },
    );
  });
});

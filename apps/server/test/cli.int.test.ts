import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/create-database.ts';
import { latestMigrationName } from '../src/db/migrate.ts';
import { runCliCaptured } from './cli-io.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const BIN = fileURLToPath(new URL('../bin/openiort.js', import.meta.url));

describe.each(testDatabaseKinds())('openiort CLI on $name', (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeEach(async () => {
    database = await kind.create();
    env = { DATABASE_URL: database.url };
  });
  afterEach(async () => {
    await database.drop();
  });

  const run = (args: string[], input = '') => runCliCaptured(args, env, input);

  it('migrates and reports the schema version', async () => {
    const result = await run(['migrate']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain(latestMigrationName(database.target.dialect));
  });

  it('adds a user with the password from stdin, never from the arguments', async () => {
    const added = await run(
      ['user', 'add', '--email', 'Ada@Example.org', '--role', 'admin', '--name', 'Ada Admin'],
      'a long enough passphrase\n',
    );
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).toContain('Created admin account ada@example.org');

    const handle = createDatabase(database.target);
    try {
      const user = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      // The operator's password stands: no change is forced at first sign-in.
      expect(user.must_change_password).toBe(0);
      const audit = await handle.db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(audit).toMatchObject({
        action: 'user.create',
        actor_email: expect.stringMatching(/^cli:/) as unknown,
      });
    } finally {
      await handle.close();
    }

    const again = await run(
      ['user', 'add', '--email', 'ada@example.org', '--role', 'nurse'],
      'another long passphrase\n',
    );
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });

  it('names each bad option and changes nothing', async () => {
    const result = await run(
      ['user', 'add', '--email', 'not-an-email', '--role', 'wizard'],
      'short\n',
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--email: /);
    expect(result.err).toMatch(/--role: Role must be one of admin/);
    expect(result.err).toMatch(/password: Password must be at least 12 characters/);
  });

  it('adds demonstration patients once, however often it runs', async () => {
    expect((await run(['demo'])).out).toMatch(/7 added, 0 already present/);
    expect((await run(['demo'])).out).toMatch(/0 added, 7 already present/);
    const handle = createDatabase(database.target);
    try {
      const rows = await handle.db.selectFrom('patients').select(['mrn', 'is_demo']).execute();
      expect(rows).toHaveLength(7);
      expect(rows.every((r) => r.mrn.startsWith('DEMO-') && r.is_demo === 1)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('verifies the audit trail and exits 1 at the first tampered row', async () => {
    await run(['demo']);
    const intact = await run(['audit', 'verify']);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.out).toMatch(/intact: 7 rows verified/);

    const handle = createDatabase(database.target);
    try {
      if (handle.dialect === 'sqlite')
        await sql`drop trigger audit_log_no_update`.execute(handle.db);
      else await sql`drop trigger audit_log_append_only on audit_log`.execute(handle.db);
      await sql`update audit_log set actor_email = 'someone-else' where seq = 4`.execute(handle.db);
    } finally {
      await handle.close();
    }
    const broken = await run(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/BROKEN at row 4/);
  });

  it('reports a bad DATABASE_URL by name', async () => {
    env = { DATABASE_URL: 'mysql://nope' };
    const result = await run(['migrate']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/DATABASE_URL must start with sqlite:/);
  });
});

describe('the openiort executable', () => {
  it('prints help and refuses unknown commands', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/npx openiort user add/);
    const unknown = spawnSync(process.execPath, [BIN, 'frobnicate'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
  });
});

import type { MeResponse, Problem } from '@openiort/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const LIMITS = {
  OPENIORT_LOGIN_FAILURES_PER_ACCOUNT: '3',
  OPENIORT_LOGIN_FAILURES_PER_ADDRESS: '6',
  OPENIORT_LOGIN_FAILURE_WINDOW_MINUTES: '15',
  OPENIORT_ACCOUNT_LOCK_MINUTES: '10',
};
const WRONG = 'not the password at all';

describe.each(testDatabaseKinds())('sign-in limits on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeEach(async () => {
    database = await kind.create();
    t = await createTestApp(database, LIMITS);
  });
  afterEach(async () => {
    await t.close();
    await database.drop();
  });

  const login = (app: TestApp, email: string, password: string, from = '127.0.0.1') =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: browserHeaders(),
      remoteAddress: from,
      payload: { email, password },
    });
  const audits = async (action: string) =>
    t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('does not count successful sign-ins', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    for (let i = 0; i < 20; i += 1)
      expect((await login(t, 'nina@example.org', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await t.ctx.db.selectFrom('login_failures').selectAll().execute()).toEqual([]);
  });

  it('locks an account after repeated failures, audited, until the lock ends', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await login(t, 'nina@example.org', WRONG)).statusCode);
    expect(statuses).toEqual([401, 401, 423]);
    // Even the right password is refused during the lock: it cannot be guessed meanwhile.
    const locked = await login(t, 'nina@example.org', TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json<Problem>().code).toBe('account-locked');
    expect(await audits('auth.account-locked')).toHaveLength(1);
    expect((await audits('auth.login-failed')).map((r) => r.outcome)).toEqual([
      'failure',
      'failure',
      'failure',
      'denied',
    ]);
    t.clock.advanceMinutes(10);
    expect((await login(t, 'nina@example.org', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a success clears the account’s count', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    for (let round = 0; round < 3; round += 1) {
      expect((await login(t, 'nina@example.org', WRONG)).statusCode).toBe(401);
      expect((await login(t, 'nina@example.org', WRONG)).statusCode).toBe(401);
      expect((await login(t, 'nina@example.org', TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it('locks an unknown email exactly like a real account', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const real: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const a = await login(t, 'nina@example.org', WRONG, '10.0.0.1');
      const b = await login(t, 'nobody@example.org', WRONG, '10.0.0.2');
      real.push(`${String(a.statusCode)} ${a.json<Problem>().detail}`);
      unknown.push(`${String(b.statusCode)} ${b.json<Problem>().detail}`);
    }
    expect(unknown).toEqual(real);
    expect(real.at(-1)).toMatch(/^423 /);
  });

  it('an administrator unlocks a locked account, audited', async () => {
    const admin = await t.signInAs('admin');
    await t.signInAs('nurse', 'nina@example.org');
    for (let i = 0; i < 3; i += 1) await login(t, 'nina@example.org', WRONG);
    const listed = await t.app.inject({ url: '/api/users', headers: browserHeaders(admin) });
    const nina = listed
      .json<{ id: string; email: string; lockedUntil: string | null }[]>()
      .find((u) => u.email === 'nina@example.org');
    expect(nina?.lockedUntil).toBe('2026-11-26T08:10:00.000Z');
    const unlock = await t.app.inject({
      method: 'POST',
      url: `/api/users/${nina?.id ?? ''}/unlock`,
      headers: browserHeaders(admin),
    });
    expect(unlock.statusCode).toBe(200);
    expect((await login(t, 'nina@example.org', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await audits('user.unlock')).toHaveLength(1);
  });

  it('refuses an address after more failures, across many emails, without locking its other users out for ever', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1)
      statuses.push(
        (await login(t, `guess${String(i)}@example.org`, WRONG, '10.9.9.9')).statusCode,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // Another workstation is not affected; this one is again once the window has passed.
    expect((await login(t, 'nina@example.org', TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
    expect((await login(t, 'nina@example.org', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    t.clock.advanceMinutes(16);
    expect((await login(t, 'nina@example.org', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
  });

  it('two instances on one database share counts and locks', async () => {
    const other = await createTestApp(database, LIMITS);
    try {
      await t.signInAs('nurse', 'nina@example.org');
      expect((await login(t, 'nina@example.org', WRONG)).statusCode).toBe(401);
      expect((await login(other, 'nina@example.org', WRONG)).statusCode).toBe(401);
      expect((await login(t, 'nina@example.org', WRONG)).statusCode).toBe(423);
      const onOther = await login(other, 'nina@example.org', TEST_PASSWORD);
      expect(onOther.statusCode).toBe(423);
    } finally {
      await other.close();
    }
  });

  it('concurrent failures on two instances lock once, without errors', async () => {
    const other = await createTestApp(database, LIMITS);
    try {
      await t.signInAs('nurse', 'nina@example.org');
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          login(i % 2 === 0 ? t : other, 'nina@example.org', WRONG, `10.0.0.${String(i)}`),
        ),
      );
      const statuses = attempts.map((a) => a.statusCode);
      expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
      expect(statuses).toContain(423);
      const locks = await t.ctx.db.selectFrom('login_locks').selectAll().execute();
      expect(locks.map((l) => l.email)).toEqual(['nina@example.org']);
      expect((await login(other, 'nina@example.org', TEST_PASSWORD)).statusCode).toBe(423);
    } finally {
      await other.close();
    }
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    const proxied = await createTestApp(database, {
      ...LIMITS,
      OPENIORT_LOGIN_FAILURES_PER_ADDRESS: '2',
      OPENIORT_TRUST_PROXY: '10.0.0.5',
    });
    try {
      let guesses = 0;
      const via = (remote: string, forwarded: string) => {
        guesses += 1;
        return proxied.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...browserHeaders(), 'x-forwarded-for': forwarded },
          remoteAddress: remote,
          payload: { email: `guess${String(guesses)}@example.org`, password: WRONG },
        });
      };
      // Through the proxy: each client address counts on its own.
      expect((await via('10.0.0.5', '192.168.1.1')).statusCode).toBe(401);
      expect((await via('10.0.0.5', '192.168.1.2')).statusCode).toBe(401);
      // Not the proxy: the header is ignored, so forging it does not escape the count.
      expect((await via('172.16.0.9', '1.1.1.1')).statusCode).toBe(401);
      expect((await via('172.16.0.9', '2.2.2.2')).statusCode).toBe(401);
      expect((await via('172.16.0.9', '3.3.3.3')).statusCode).toBe(429);
      const addresses = await proxied.ctx.db
        .selectFrom('login_failures')
        .select('client_address')
        .orderBy('at')
        .execute();
      expect(new Set(addresses.map((a) => a.client_address))).toEqual(
        new Set(['192.168.1.1', '192.168.1.2', '172.16.0.9']),
      );
    } finally {
      await proxied.close();
    }
  });

  it('sends Permissions-Policy always and HSTS only over HTTPS', async () => {
    const plain = await t.app.inject({ url: '/api/health' });
    expect(plain.headers['permissions-policy']).toContain('camera=()');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const behindProxy = await createTestApp(database, { OPENIORT_TRUST_PROXY: '127.0.0.1' });
    try {
      const https = await behindProxy.app.inject({
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await behindProxy.close();
    }
  });

  it('clears an expired session with the session cookie’s attributes', async () => {
    const cookie = await t.signInAs('nurse');
    t.clock.advanceMinutes(20);
    const expired = await t.app.inject({ url: '/api/auth/me', headers: browserHeaders(cookie) });
    expect(expired.statusCode).toBe(401);
    const cleared = String(expired.headers['set-cookie']);
    expect(cleared).toMatch(/openiort_session=;/);
    expect(cleared).toMatch(/HttpOnly/);
    expect(cleared).toMatch(/SameSite=Strict/);
    expect(cleared).toMatch(/Path=\//);
  });

  it('reports a must-change flag of false on an ordinary sign-in', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const ok = await login(t, 'nina@example.org', TEST_PASSWORD);
    expect(ok.json<MeResponse>().mustChangePassword).toBe(false);
  });
});

import type { MeResponse, Problem, SetupStatus } from '@openiort/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  TEST_PASSWORD,
  browserHeaders,
  createTestApp,
  sessionCookieOf,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('sign-in, set-up and sessions on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeEach(async () => {
    database = await kind.create();
    t = await createTestApp(database);
  });
  afterEach(async () => {
    await t.close();
    await database.drop();
  });

  const login = (email: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: browserHeaders(),
      payload: { email, password },
    });
  const me = (cookie: string) =>
    t.app.inject({ url: '/api/auth/me', headers: browserHeaders(cookie) });
  const auditActions = async () =>
    (await t.ctx.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map(
      (r) => r.action,
    );

  it('sets up the first admin once, signed in, then refuses further set-up', async () => {
    expect((await t.app.inject({ url: '/api/setup' })).json<SetupStatus>()).toEqual({
      needsSetup: true,
    });
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: browserHeaders(),
      payload: {
        email: 'First.Admin@Example.org',
        displayName: 'First Admin',
        password: TEST_PASSWORD,
      },
    });
    expect(setup.statusCode).toBe(201);
    expect((await me(sessionCookieOf(setup))).json<MeResponse>().user).toMatchObject({
      email: 'first.admin@example.org',
      role: 'admin',
    });
    expect((await t.app.inject({ url: '/api/setup' })).json<SetupStatus>()).toEqual({
      needsSetup: false,
    });

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: browserHeaders(),
      payload: { email: 'intruder@example.org', displayName: 'Intruder', password: TEST_PASSWORD },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<Problem>().code).toBe('setup-already-done');
    expect(await auditActions()).toContain('auth.setup');
  });

  it('signs in with a hardened cookie, reports the user, and signs out', async () => {
    const cookie = await t.signInAs('surgeon', 'sam.surgeon@example.org');
    const response = await login('sam.surgeon@example.org', TEST_PASSWORD);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect((await me(cookie)).json<MeResponse>()).toMatchObject({
      user: { role: 'surgeon' },
      idleTimeoutMinutes: 15,
    });

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: browserHeaders(cookie),
    });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await auditActions()).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await t.signInAs('nurse');
    const token = cookie.split('=')[1] ?? '';
    const rows = await t.ctx.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.length).toBe(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('audits failed sign-ins without revealing whether the email exists', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const wrongPassword = await login('nina@example.org', 'not the password at all');
    const unknownEmail = await login('nobody@example.org', 'not the password at all');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json<Problem>().detail).toBe(unknownEmail.json<Problem>().detail);
    const failures = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login-failed')
      .execute();
    expect(failures.map((f) => [f.actor_email, f.outcome])).toEqual([
      ['nina@example.org', 'failure'],
      ['nobody@example.org', 'failure'],
    ]);
  });

  it('ends a session after the idle timeout, and audits that', async () => {
    const cookie = await t.signInAs('nurse');
    t.clock.advanceMinutes(14);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(14); // activity at minute 14 restarted the idle clock
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(15);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json<Problem>().code).toBe('unauthenticated');
    expect(await auditActions()).toContain('auth.session-expired');
  });

  it('ends a session after its absolute lifetime, however active', async () => {
    const cookie = await t.signInAs('nurse');
    for (let minutes = 0; minutes < 12 * 60 - 10; minutes += 10) {
      t.clock.advanceMinutes(10);
      expect((await me(cookie)).statusCode, `minute ${String(minutes)}`).toBe(200);
    }
    t.clock.advanceMinutes(10);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses changes without our Origin and lets reads through', async () => {
    const cookie = await t.signInAs('nurse');
    const body = {
      mrn: 'O-1',
      familyName: 'Origin',
      givenName: 'Test',
      birthDate: '1950-01-01',
      sex: 'female',
      preferredLanguage: 'en',
    };
    const noOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie },
      payload: body,
    });
    const otherSite = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie, origin: 'https://evil.example' },
      payload: body,
    });
    expect([noOrigin.statusCode, otherSite.statusCode]).toEqual([403, 403]);
    expect(otherSite.json<Problem>().code).toBe('origin-rejected');
    expect((await t.app.inject({ url: '/api/patients', headers: { cookie } })).statusCode).toBe(
      200,
    );
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie, origin: TEST_ORIGIN },
      payload: body,
    });
    expect(same.statusCode).toBe(201);
  });

  it('sends security headers and no-store on API responses', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

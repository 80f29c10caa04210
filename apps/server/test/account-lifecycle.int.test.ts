import type { MeResponse, PasswordResetResult, Problem, Role, User } from '@openiort/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passwordMatches } from '../src/auth/reauthenticate.ts';
import {
  NO_SUCH_ID,
  TEST_PASSWORD,
  browserHeaders,
  createTestApp,
  sessionCookieOf,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const NEW_PASSWORD = 'a brand new passphrase of mine';

describe.each(testDatabaseKinds())('accounts across their life on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;

  beforeEach(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    admin = await t.signInAs('admin', 'ada@example.org');
  });
  afterEach(async () => {
    await t.close();
    await database.drop();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    cookie: string,
    payload?: Record<string, unknown>,
  ) =>
    t.app.inject({
      method,
      url,
      headers: browserHeaders(cookie),
      ...(payload === undefined ? {} : { payload }),
    });
  const login = (email: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: browserHeaders(),
      payload: { email, password },
    });
  const account = async (email: string) => {
    const users = (await call('GET', '/api/users', admin)).json<User[]>();
    const user = users.find((u) => u.email === email);
    if (user === undefined) throw new Error(`no account ${email}`);
    return user;
  };
  const auditRows = (action: string) =>
    t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
  const setActive = (id: string, active: boolean, cookie = admin) =>
    call('PUT', `/api/users/${id}/status`, cookie, { active });
  const setRole = (id: string, role: Role, cookie = admin) =>
    call('PUT', `/api/users/${id}/role`, cookie, { role });

  it('lists status and last sign-in', async () => {
    await t.signInAs('nurse', 'nina@example.org');
    const nina = await account('nina@example.org');
    expect(nina).toMatchObject({
      active: true,
      mustChangePassword: false,
      lockedUntil: null,
      lastSignInAt: '2026-11-26T08:00:00.000Z',
    });
  });

  it('deactivation ends sessions at once and refuses sign-in and signing; reactivation restores', async () => {
    const physicist = await t.signInAs('medical-physicist', 'phil@example.org');
    const phil = await account('phil@example.org');
    const off = await setActive(phil.id, false);
    expect(off.statusCode).toBe(200);
    expect(off.json<User>().active).toBe(false);
    expect((await call('GET', '/api/auth/me', physicist)).statusCode).toBe(401);
    const sign = await call('POST', `/api/plans/${NO_SUCH_ID}/signatures`, physicist, {
      password: TEST_PASSWORD,
    });
    expect(sign.statusCode).toBe(401);
    expect(await passwordMatches(t.ctx, phil.id, TEST_PASSWORD)).toBe(false);
    expect(
      await t.ctx.db.selectFrom('sessions').selectAll().where('user_id', '=', phil.id).execute(),
    ).toEqual([]);
    const refused = await login('phil@example.org', TEST_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json<Problem>().code).toBe('invalid-credentials');

    expect((await setActive(phil.id, true)).json<User>().active).toBe(true);
    expect((await login('phil@example.org', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await passwordMatches(t.ctx, phil.id, TEST_PASSWORD)).toBe(true);
    const rows = [...(await auditRows('user.deactivate')), ...(await auditRows('user.reactivate'))];
    expect(rows.map((r) => [r.action, r.actor_email, r.record_id])).toEqual([
      ['user.deactivate', 'ada@example.org', phil.id],
      ['user.reactivate', 'ada@example.org', phil.id],
    ]);
  });

  it('a role change takes effect on open sessions at once, audited', async () => {
    const nurse = await t.signInAs('nurse', 'nina@example.org');
    const nina = await account('nina@example.org');
    expect((await call('GET', '/api/audit', nurse)).statusCode).toBe(403);
    expect((await setRole(nina.id, 'admin')).json<User>().role).toBe('admin');
    expect((await call('GET', '/api/audit', nurse)).statusCode).toBe(200);
    const [row] = await auditRows('user.role-change');
    expect(JSON.parse(row?.before_json ?? 'null')).toEqual({ role: 'nurse' });
    expect(JSON.parse(row?.after_json ?? 'null')).toEqual({ role: 'admin' });
  });

  it('refuses to deactivate or demote the last active administrator', async () => {
    const ada = await account('ada@example.org');
    const demote = await setRole(ada.id, 'nurse');
    expect(demote.statusCode).toBe(409);
    expect(demote.json<Problem>()).toMatchObject({ code: 'last-administrator' });
    expect(demote.json<Problem>().detail).toContain('last active administrator');
    expect((await setActive(ada.id, false)).json<Problem>().code).toBe('last-administrator');
    expect((await account('ada@example.org')).role).toBe('admin');

    // With a second administrator, the first may go; then the second is the last.
    await t.signInAs('admin', 'bea@example.org');
    const bea = await account('bea@example.org');
    expect((await setActive(bea.id, false)).statusCode).toBe(200);
    expect((await setRole(ada.id, 'nurse')).statusCode).toBe(409);
    expect((await setActive(bea.id, true)).statusCode).toBe(200);
    expect((await setRole(ada.id, 'nurse')).statusCode).toBe(200);
    expect(
      (
        await setActive(
          bea.id,
          false,
          sessionCookieOf(await login('bea@example.org', TEST_PASSWORD)),
        )
      ).statusCode,
    ).toBe(409);
  });

  it('a reset forces a new password at the next sign-in; until then only that is open', async () => {
    const nurse = await t.signInAs('nurse', 'nina@example.org');
    const nina = await account('nina@example.org');
    const reset = await call('POST', `/api/users/${nina.id}/password-reset`, admin);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword } = reset.json<PasswordResetResult>();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(20);
    expect((await call('GET', '/api/auth/me', nurse)).statusCode).toBe(401);
    expect((await login('nina@example.org', TEST_PASSWORD)).statusCode).toBe(401);

    const signedIn = await login('nina@example.org', temporaryPassword);
    expect(signedIn.json<MeResponse>().mustChangePassword).toBe(true);
    const cookie = sessionCookieOf(signedIn);
    const blocked = await call('GET', '/api/patients', cookie);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<Problem>().code).toBe('password-change-required');
    expect((await call('GET', '/api/auth/me', cookie)).json<MeResponse>().mustChangePassword).toBe(
      true,
    );
    const changed = await call('PUT', '/api/auth/password', cookie, {
      currentPassword: temporaryPassword,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/api/patients', cookie)).statusCode).toBe(200);
    expect((await account('nina@example.org')).mustChangePassword).toBe(false);
    expect((await login('nina@example.org', NEW_PASSWORD)).statusCode).toBe(200);
    expect((await auditRows('user.password-reset')).map((r) => r.record_id)).toEqual([nina.id]);
    // The temporary password is never recorded.
    const all = await t.ctx.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain(temporaryPassword);
  });

  it('everyone changes their own password with the current one; other sessions end', async () => {
    const here = await t.signInAs('surgeon', 'sue@example.org');
    const elsewhere = sessionCookieOf(await login('sue@example.org', TEST_PASSWORD));
    const wrong = await call('PUT', '/api/auth/password', here, {
      currentPassword: 'this is not my password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>().errors?.map((e) => e.path)).toEqual(['currentPassword']);
    const missing = await call('PUT', '/api/auth/password', here, { newPassword: NEW_PASSWORD });
    expect(missing.statusCode).toBe(400);
    const short = await call('PUT', '/api/auth/password', here, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);

    const ok = await call('PUT', '/api/auth/password', here, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(ok.statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', here)).statusCode).toBe(200);
    expect((await call('GET', '/api/auth/me', elsewhere)).statusCode).toBe(401);
    expect((await login('sue@example.org', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('sue@example.org', NEW_PASSWORD)).statusCode).toBe(200);
    expect((await auditRows('auth.password-change-failed')).length).toBe(1);
    expect((await auditRows('auth.password-change')).length).toBe(1);
  });

  it('an account added on the Users page chooses its own password; one made by the operator keeps it', async () => {
    const added = await call('POST', '/api/users', admin, {
      email: 'walt.web@example.org',
      displayName: 'Walt Web',
      role: 'nurse',
      password: TEST_PASSWORD,
    });
    expect(added.json<User>().mustChangePassword).toBe(true);
    expect(
      (await login('walt.web@example.org', TEST_PASSWORD)).json<MeResponse>().mustChangePassword,
    ).toBe(true);
    // signInAs creates the account as `openiort user add` does (createUser without the flag).
    await t.signInAs('nurse', 'otto.operator@example.org');
    expect(
      (await login('otto.operator@example.org', TEST_PASSWORD)).json<MeResponse>()
        .mustChangePassword,
    ).toBe(false);
  });

  it('only administrators manage accounts, and unknown ids are not found', async () => {
    const nurse = await t.signInAs('nurse', 'nina@example.org');
    const ada = await account('ada@example.org');
    expect((await setRole(ada.id, 'nurse', nurse)).statusCode).toBe(403);
    expect((await setActive(NO_SUCH_ID, false)).statusCode).toBe(404);
    expect((await call('POST', `/api/users/not-an-id/unlock`, admin)).statusCode).toBe(400);
    expect(
      (await call('POST', `/api/users/${ada.id}/password-reset`, admin, { extra: 1 })).statusCode,
    ).toBe(400);
  });
});

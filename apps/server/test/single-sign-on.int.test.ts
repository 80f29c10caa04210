import {
  DIRECTIVE_SIGN_MEANING,
  LIMITS_COSIGN_MEANING,
  signatureMeaning,
  type CaseView,
  type MeResponse,
  type ProgramLimitsVersion,
  type Problem,
  type SignInOptions,
  type StoredEvaluation,
  type StoredPlan,
  type User,
} from '@openiort/contract';
import { DEFAULT_PLAN_LIMITS } from '@openiort/dosimetry';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PREOPERATIVE_FACTS, addPatient } from './candidacy-fixtures.ts';
import { createPlanFor, storeClinicalTestModel } from './plan-fixtures.ts';
import { ProviderBrowser } from './oidc-browser.ts';
import {
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  startTestProvider,
  type TestProvider,
} from './oidc-test-provider.ts';
import {
  TEST_ORIGIN,
  TEST_PASSWORD,
  browserHeaders,
  createTestApp,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const REDIRECT_URL = new URL('/api/auth/oidc/callback', TEST_ORIGIN).href;
const SIGN_IN_PAGE = new URL('/signin', TEST_ORIGIN).href;
const PHYSICS = signatureMeaning('medical-physicist', false);

/** Fictional staff of a fictional hospital, and the groups its directory gives them. */
const PEOPLE = {
  pia: {
    email: 'pia.physicist@hospital.example',
    name: 'Pia Physicist',
    groups: ['IORT-Physicists', 'All-Staff'],
  },
  rory: {
    email: 'rory.oncologist@hospital.example',
    name: 'Rory Oncologist',
    groups: ['IORT-ROs'],
  },
  cody: { email: 'cody.cafeteria@hospital.example', name: 'Cody Cafeteria', groups: ['All-Staff'] },
  dual: {
    email: 'dana.dual@hospital.example',
    name: 'Dana Dual',
    groups: ['IORT-Physicists', 'IORT-ROs'],
  },
  sam: { email: 'sam.samename@example.org', name: 'Sam Samename', groups: ['IORT-ROs'] },
};

const cookieValue = (
  setCookie: string | string[] | undefined,
  name: string,
): string | undefined => {
  const lines = setCookie === undefined ? [] : [setCookie].flat();
  for (const line of lines) {
    const [pair = ''] = line.split(';');
    if (pair.startsWith(`${name}=`)) return pair.slice(name.length + 1);
  }
  return undefined;
};

describe.each(testDatabaseKinds())('hospital single sign-on (OpenID Connect) on $name', (kind) => {
  let provider: TestProvider;
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;
  /** Milliseconds added to the real time: the server's clock as the tests move it. */
  let offsetMs = 0;

  beforeAll(async () => {
    provider = await startTestProvider({
      redirectUrl: REDIRECT_URL,
      postLogoutRedirectUrl: SIGN_IN_PAGE,
      accounts: structuredClone(PEOPLE),
    });
    database = await kind.create();
    t = await createTestApp(database, {
      OPENIORT_LOGIN_ATTEMPTS_PER_15_MIN: '1000',
      OPENIORT_OIDC_ISSUER: provider.issuer,
      OPENIORT_OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OPENIORT_OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OPENIORT_OIDC_REDIRECT_URL: REDIRECT_URL,
      OPENIORT_OIDC_SCOPES: 'openid profile email groups',
      OPENIORT_OIDC_ROLE_MAP:
        'IORT-Physicists=medical-physicist,IORT-ROs=radiation-oncologist,IORT-Admins=admin',
      OPENIORT_OIDC_DISPLAY_NAME: 'Fictional Hospital ID',
      // True single sign-on here, so that the provider's own session (and its end) shows.
      OPENIORT_OIDC_PROMPT_LOGIN: 'false',
    });
    // The provider stamps real times (auth_time, token expiry): the server's clock follows them.
    t.ctx.now = () => new Date(Date.now() + offsetMs);
    admin = await t.signInAs('admin', 'ada.admin@example.org');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
    await provider.close();
  });
  beforeEach(() => {
    offsetMs = 0;
    for (const [id, person] of Object.entries(PEOPLE))
      provider.accounts.set(id, structuredClone(person));
  });

  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: browserHeaders(cookie) });
  const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: browserHeaders(cookie), payload });
  const audit = (action: string) =>
    t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  const userRow = (subject: string) =>
    t.ctx.db.selectFrom('users').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();

  /** The callback address the provider sent the browser to, as OpenIORT receives it. */
  const callbackPath = (href: string) => {
    const url = new URL(href);
    if (`${url.origin}${url.pathname}` !== new URL(REDIRECT_URL).href)
      throw new Error(`the provider sent the browser to ${href}`);
    return `${url.pathname}${url.search}`;
  };

  /** Starts at OpenIORT, signs in at the provider as `login`, and returns OpenIORT's answer. */
  async function ssoSignIn(login: string, browser = new ProviderBrowser(), returnTo?: string) {
    const start = await get(
      `/api/auth/oidc/login${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`,
    );
    expect(start.statusCode).toBe(303);
    const tx = cookieValue(start.headers['set-cookie'], 'openiort_oidc');
    const authorize = new URL(String(start.headers.location));
    const back = await browser.followFrom(authorize.href, { login });
    const answer = await get(callbackPath(back), `openiort_oidc=${tx ?? ''}`);
    const session = cookieValue(answer.headers['set-cookie'], 'openiort_session');
    return {
      answer,
      authorize,
      back,
      tx,
      browser,
      cookie: session === undefined || session === '' ? undefined : `openiort_session=${session}`,
    };
  }

  const signedIn = async (login: string) => {
    const { cookie, answer } = await ssoSignIn(login);
    if (cookie === undefined) throw new Error(`not signed in: ${String(answer.headers.location)}`);
    return cookie;
  };

  it('tells the sign-in page that single sign-on is there, by its name', async () => {
    expect((await get('/api/auth/options')).json<SignInOptions>()).toEqual({
      singleSignOn: { name: 'Fictional Hospital ID', reauthenticationSeconds: 300 },
      localSignIn: 'all',
    });
  });

  it('signs in with the authorisation code and PKCE, creates the account with the role its group maps to, and audits it', async () => {
    const { answer, authorize, cookie } = await ssoSignIn('pia', undefined, '/patients?page=2');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The verifier stays on the server: nothing in the address but its challenge.
    expect(authorize.href).not.toContain('code_verifier');
    expect(authorize.searchParams.get('prompt')).toBeNull();
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/patients?page=2');
    expect(cookie).toBeDefined();
    const me = (await get('/api/auth/me', cookie)).json<MeResponse>();
    expect(me.user).toMatchObject({
      email: 'pia.physicist@hospital.example',
      displayName: 'Pia Physicist',
      role: 'medical-physicist',
      authSource: 'oidc',
    });
    const row = await userRow('pia');
    expect(row).toMatchObject({
      oidc_issuer: provider.issuer,
      auth_source: 'oidc',
      break_glass: 0,
    });
    const created = (await audit('user.create')).find((r) => r.record_id === row?.id);
    expect(created?.actor_email).toBe('identity-provider');
    expect(created?.after_json).toContain('IORT-Physicists');
    const login = (await audit('auth.login')).filter((r) => r.actor_id === row?.id);
    expect(login.at(-1)?.detail).toContain('"method":"oidc"');
    // The account has no password: it cannot sign in with one, whatever is typed.
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: browserHeaders(),
      payload: {
        email: 'pia.physicist@hospital.example',
        password: 'none: signs in at the identity provider',
      },
    });
    expect(password.statusCode).toBe(401);
    const change = await send('PUT', '/api/auth/password', cookie ?? '', {
      currentPassword: 'anything at all',
      newPassword: 'a new passphrase for nothing',
    });
    expect(change.statusCode).toBe(409);
    expect(
      await t.ctx.db
        .selectFrom('login_failures')
        .selectAll()
        .where('email', '=', 'pia.physicist@hospital.example')
        .execute(),
    ).toHaveLength(1);
  });

  it('refuses a person none of whose groups has a role: no account, no session, an audited refusal', async () => {
    const { answer, cookie } = await ssoSignIn('cody');
    expect(answer.headers.location).toBe('/signin?sso-error=no-role');
    expect(cookie).toBeUndefined();
    expect(await userRow('cody')).toBeUndefined();
    const refused = (await audit('auth.login-failed')).at(-1);
    expect(refused?.outcome).toBe('denied');
    expect(refused?.detail).toContain('"reason":"no-role"');
    expect(refused?.detail).toContain('All-Staff');
  });

  it('refuses groups that give two different roles rather than choosing one', async () => {
    const { answer, cookie } = await ssoSignIn('dual');
    expect(answer.headers.location).toBe('/signin?sso-error=ambiguous-role');
    expect(cookie).toBeUndefined();
    expect((await audit('auth.login-failed')).at(-1)?.detail).toContain(
      '"reason":"ambiguous-role"',
    );
  });

  it('takes the role from the groups at every sign-in: a changed group changes it, a removed one ends access', async () => {
    const first = await signedIn('rory');
    const id = (await userRow('rory'))?.id;
    expect((await get('/api/auth/me', first)).json<MeResponse>().user.role).toBe(
      'radiation-oncologist',
    );

    provider.accounts.set('rory', { ...PEOPLE.rory, groups: ['IORT-Physicists'] });
    const second = await signedIn('rory');
    expect((await get('/api/auth/me', second)).json<MeResponse>().user).toMatchObject({
      id,
      role: 'medical-physicist',
    });
    const change = (await audit('user.role-change')).filter((r) => r.record_id === id).at(-1);
    expect(change?.actor_email).toBe('identity-provider');
    expect(change?.before_json).toContain('radiation-oncologist');
    expect(change?.after_json).toContain('medical-physicist');
    // An administrator does not change a single sign-on account's role: the provider's groups do.
    const manual = await send('PUT', `/api/users/${id ?? ''}/role`, admin, { role: 'nurse' });
    expect(manual.statusCode).toBe(409);

    provider.accounts.set('rory', { ...PEOPLE.rory, groups: [] });
    const third = await ssoSignIn('rory');
    expect(third.answer.headers.location).toBe('/signin?sso-error=no-role');
    // The sessions the person still had end with the role.
    expect((await get('/api/auth/me', second)).statusCode).toBe(401);
  });

  it('refuses a callback without state, with an unknown state, or in another browser, and a code used twice', async () => {
    expect((await get('/api/auth/oidc/callback?code=abc')).headers.location).toBe(
      '/signin?sso-error=expired',
    );
    expect((await get('/api/auth/oidc/callback?code=abc&state=forged')).headers.location).toBe(
      '/signin?sso-error=expired',
    );
    // A real answer, opened without the transaction cookie of the browser that started it.
    const start = await get('/api/auth/oidc/login');
    const back = await new ProviderBrowser().followFrom(String(start.headers.location), {
      login: 'pia',
    });
    const elsewhere = await get(callbackPath(back), 'openiort_oidc=someone-elses');
    expect(elsewhere.headers.location).toBe('/signin?sso-error=expired');

    const used = await ssoSignIn('pia');
    expect(used.cookie).toBeDefined();
    // The same answer again: its transaction was spent.
    const replay = await get(callbackPath(used.back), `openiort_oidc=${used.tx ?? ''}`);
    expect(replay.headers.location).toBe('/signin?sso-error=expired');
    expect(cookieValue(replay.headers['set-cookie'], 'openiort_session')).toBeUndefined();
    // The used code under a fresh transaction: the provider refuses it (and its PKCE verifier differs).
    const again = await get('/api/auth/oidc/login');
    const freshState = new URL(String(again.headers.location)).searchParams.get('state') ?? '';
    const oldCode = new URL(used.back).searchParams.get('code') ?? '';
    const forged = await get(
      `/api/auth/oidc/callback?code=${encodeURIComponent(oldCode)}&state=${encodeURIComponent(freshState)}&iss=${encodeURIComponent(provider.issuer)}`,
      `openiort_oidc=${cookieValue(again.headers['set-cookie'], 'openiort_oidc') ?? ''}`,
    );
    expect(forged.headers.location).toBe('/signin?sso-error=invalid-response');
    const reasons = (await audit('auth.login-failed')).map((r) => r.detail ?? '');
    expect(reasons.some((d) => d.includes('missing-state'))).toBe(true);
    expect(reasons.some((d) => d.includes('unknown-state'))).toBe(true);
    expect(reasons.some((d) => d.includes('invalid-response'))).toBe(true);
  });

  it('returns only to a path on this site after sign-in, never to another site', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example', '/\\evil.example'])
      expect((await ssoSignIn('pia', undefined, returnTo)).answer.headers.location).toBe('/');
  });

  it('refuses a deactivated account even when its groups still give a role', async () => {
    await signedIn('sam');
    const id = (await userRow('sam'))?.id ?? '';
    expect(
      (await send('PUT', `/api/users/${id}/status`, admin, { active: false })).statusCode,
    ).toBe(200);
    expect((await ssoSignIn('sam')).answer.headers.location).toBe(
      '/signin?sso-error=account-disabled',
    );
    expect((await send('PUT', `/api/users/${id}/status`, admin, { active: true })).statusCode).toBe(
      200,
    );
    expect((await ssoSignIn('sam')).cookie).toBeDefined();
  });

  it('signs a plan only after a fresh sign-in at the provider, once, and records how the signer was authenticated', async () => {
    const pia = await signedIn('pia');
    const browser = new ProviderBrowser();
    const model = await storeClinicalTestModel(t).catch(() => ({ id: 'test-commissioned-ebx' }));
    const patient = await addPatient(t, admin);
    const plan = await createPlanFor(t, pia, patient.id, model.id);
    const sign = (body: object) => send('POST', `/api/plans/${plan.id}/signatures`, pia, body);
    const body = { meaning: PHYSICS, version: plan.version };

    const without = await sign(body);
    expect(without.statusCode).toBe(403);
    expect(without.json<Problem>().code).toBe('reauthentication-required');
    expect(without.json<Problem>().detail).toContain('Fictional Hospital ID');
    const withPassword = await sign({ ...body, password: TEST_PASSWORD });
    expect(withPassword.statusCode).toBe(400);
    expect(withPassword.json<Problem>().errors).toEqual([
      { path: 'password', message: 'is not a known field' },
    ]);

    const reauthenticate = async (login = 'pia') => {
      const returnTo = `/patients/${patient.id}/plans/${plan.id}`;
      const start = await get(
        `/api/auth/oidc/reauthenticate?target=plan&id=${plan.id}&returnTo=${encodeURIComponent(returnTo)}`,
        pia,
      );
      expect(start.statusCode).toBe(303);
      const authorize = new URL(String(start.headers.location));
      expect(authorize.searchParams.get('prompt')).toBe('login');
      expect(authorize.searchParams.get('max_age')).toBe('0');
      let forms = 0;
      const back = await browser.followFrom(authorize.href, {
        login,
        onLoginForm: () => (forms += 1),
      });
      const tx = cookieValue(start.headers['set-cookie'], 'openiort_oidc') ?? '';
      const answer = await get(callbackPath(back), `openiort_oidc=${tx}`);
      return { answer, forms, returnTo };
    };

    // A provider that answers with an old sign-in (auth_time before the request) gives nothing.
    offsetMs = 5 * 60_000;
    const stale = await reauthenticate();
    offsetMs = 0;
    expect(stale.answer.headers.location).toBe(`${stale.returnTo}?reauthentication-failed=stale`);
    expect((await sign(body)).statusCode).toBe(403);
    // Someone else signing in at the provider on this workstation gives nothing either.
    const other = await reauthenticate('rory');
    expect(other.answer.headers.location).toBe(
      `${other.returnTo}?reauthentication-failed=other-person`,
    );
    const refused = (await audit('auth.reauthenticate-failed')).map((r) => r.detail ?? '');
    expect(refused.some((d) => d.includes('"reason":"stale"'))).toBe(true);
    expect(refused.some((d) => d.includes('"reason":"other-person"'))).toBe(true);

    const fresh = await reauthenticate();
    // The provider asked for the sign-in again although its own session was open.
    expect(fresh.forms).toBe(1);
    expect(fresh.answer.headers.location).toBe(`${fresh.returnTo}?reauthenticated=plan`);
    // A grant is for this plan only.
    const otherPlan = await createPlanFor(t, pia, patient.id, model.id);
    const elsewhere = await send('POST', `/api/plans/${otherPlan.id}/signatures`, pia, {
      meaning: PHYSICS,
      version: otherPlan.version,
    });
    expect(elsewhere.json<Problem>().code).toBe('reauthentication-required');

    const signed = await sign(body);
    expect(signed.statusCode).toBe(201);
    const signature = signed.json<StoredPlan>().signatures[0];
    expect(signature?.authMethod).toBe('oidc');
    expect(Date.parse(signature?.authTime ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const record = (await audit('plan.sign')).at(-1);
    expect(record?.after_json).toContain('"authMethod":"oidc"');
    expect((await audit('auth.reauthenticate')).length).toBeGreaterThan(0);
    // Spent: a second signature (after an edit) needs another re-authentication.
    const grants = await t.ctx.db
      .selectFrom('signing_grants')
      .selectAll()
      .where('target_id', '=', plan.id)
      .execute();
    expect(grants.filter((g) => g.used_at === null)).toHaveLength(0);

    // A grant too old by the time the signature comes is refused.
    const late = await reauthenticate();
    expect(late.answer.headers.location).toBe(`${late.returnTo}?reauthenticated=plan`);
    offsetMs = 6 * 60_000;
    const tooLate = await send('POST', `/api/plans/${otherPlan.id}/signatures`, pia, {
      meaning: PHYSICS,
      version: otherPlan.version,
    });
    expect(tooLate.json<Problem>().code).toBe('reauthentication-required');
  });

  it('co-signs program limits with a re-authentication at the provider and records it', async () => {
    const pia = await signedIn('pia');
    const rory = await signedIn('rory');
    const proposed = await send('POST', '/api/program-limits/proposals', pia, {
      limits: { ...DEFAULT_PLAN_LIMITS },
      reason: 'Fictional commissioning review',
    });
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json<ProgramLimitsVersion>().id;
    const cosign = () =>
      send('POST', `/api/program-limits/proposals/${id}/cosignature`, rory, {
        meaning: LIMITS_COSIGN_MEANING,
      });
    expect((await cosign()).json<Problem>().code).toBe('reauthentication-required');
    const start = await get(
      `/api/auth/oidc/reauthenticate?target=limits-proposal&id=${id}&returnTo=/program/limits`,
      rory,
    );
    const back = await new ProviderBrowser().followFrom(String(start.headers.location), {
      login: 'rory',
    });
    const answer = await get(
      callbackPath(back),
      `openiort_oidc=${cookieValue(start.headers['set-cookie'], 'openiort_oidc') ?? ''}`,
    );
    expect(answer.headers.location).toBe('/program/limits?reauthenticated=limits-proposal');
    const done = await cosign();
    expect(done.statusCode).toBe(201);
    expect(done.json<ProgramLimitsVersion>()).toMatchObject({ cosignAuthMethod: 'oidc' });
    // A physicist may not even start a re-authentication for a co-signature.
    const physicist = await get(
      `/api/auth/oidc/reauthenticate?target=limits-proposal&id=${id}`,
      pia,
    );
    expect(physicist.statusCode).toBe(403);
  });

  it('signs a written directive only after a fresh sign-in at the provider for that case, never with a password, and records it', async () => {
    const rory = await signedIn('rory');
    const surgeon = await t.signInAs('surgeon');
    const today = t.ctx.now().toISOString().slice(0, 10);
    const patient = await addPatient(t, admin);
    const opened = await send('POST', `/api/patients/${patient.id}/cases`, surgeon, {
      laterality: 'left',
      referral: {
        referredBy: 'Dr Test Surgeon',
        reason: 'Fictional referral',
        referralDate: today,
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json<CaseView>().id;
    const evaluation = await send('POST', `/api/patients/${patient.id}/evaluations`, surgeon, {
      facts: PREOPERATIVE_FACTS,
    });
    const evaluationId = evaluation.json<StoredEvaluation>().id;
    expect(
      (await send('POST', `/api/cases/${caseId}/evaluations`, surgeon, { evaluationId }))
        .statusCode,
    ).toBeLessThan(300);
    const decided = await send('PUT', `/api/cases/${caseId}/decision`, rory, {
      outcome: 'offer-iort',
      meetingDate: today,
      attendees: [{ name: 'Dr A', role: 'radiation-oncologist' }],
      rationale: 'Fictional tumour board',
      evaluationId,
      version: 0,
    });
    expect(decided.statusCode, decided.body).toBeLessThan(300);
    const body = {
      directive: {
        site: 'Left breast lumpectomy cavity',
        laterality: 'left',
        doseGy: 20,
        prescribedTo: 'balloon-surface',
        depthMm: null,
        fractions: 1,
      },
      meaning: DIRECTIVE_SIGN_MEANING,
      version: 0,
    };
    const sign = (payload: object) => send('POST', `/api/cases/${caseId}/directive`, rory, payload);

    const without = await sign(body);
    expect(without.statusCode).toBe(403);
    expect(without.json<Problem>().code).toBe('reauthentication-required');
    const withPassword = await sign({ ...body, password: TEST_PASSWORD });
    expect(withPassword.statusCode).toBe(400);
    expect(withPassword.json<Problem>().errors).toEqual([
      {
        path: 'password',
        message: 'is not used: your account re-authenticates at the identity provider',
      },
    ]);

    const reauthenticate = async (target: string, id: string) => {
      const returnTo = `/app/cases/${caseId}`;
      const start = await get(
        `/api/auth/oidc/reauthenticate?target=${target}&id=${id}&returnTo=${encodeURIComponent(returnTo)}`,
        rory,
      );
      expect(start.statusCode, start.body).toBe(303);
      const back = await new ProviderBrowser().followFrom(String(start.headers.location), {
        login: 'rory',
      });
      const tx = cookieValue(start.headers['set-cookie'], 'openiort_oidc') ?? '';
      return (await get(callbackPath(back), `openiort_oidc=${tx}`)).headers.location;
    };
    // A re-authentication for a plan (or another case) does not sign this directive.
    const otherId = '00000000-0000-4000-8000-000000000000';
    expect(await reauthenticate('plan', otherId)).toBe(`/app/cases/${caseId}?reauthenticated=plan`);
    expect(await reauthenticate('case-directive', otherId)).toBe(
      `/app/cases/${caseId}?reauthenticated=case-directive`,
    );
    expect((await sign(body)).json<Problem>().code).toBe('reauthentication-required');
    // A physicist may not start one for a directive at all.
    const pia = await signedIn('pia');
    expect(
      (await get(`/api/auth/oidc/reauthenticate?target=case-directive&id=${caseId}`, pia))
        .statusCode,
    ).toBe(403);

    expect(await reauthenticate('case-directive', caseId)).toBe(
      `/app/cases/${caseId}?reauthenticated=case-directive`,
    );
    const signed = await sign(body);
    expect(signed.statusCode, signed.body).toBeLessThan(300);
    const current = signed.json<CaseView>().directive.current;
    expect(current?.signedBy.displayName).toBe('Rory Oncologist');
    expect(current?.authMethod).toBe('oidc');
    expect(Date.parse(current?.authTime ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const row = await t.ctx.db
      .selectFrom('case_directive_versions')
      .select(['auth_method', 'auth_time'])
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    expect(row?.auth_method).toBe('oidc');
    expect((await audit('case.directive-sign')).at(-1)?.detail).toContain('"authMethod":"oidc"');
    // Spent: the next version needs another re-authentication.
    const again = await sign({ ...body, version: 1, reason: 'Fictional change of site wording' });
    expect(again.json<Problem>().code).toBe('reauthentication-required');
    const failures = (await audit('case.directive-sign-failed'))
      .filter((r) => r.record_id === caseId)
      .map((r) => (JSON.parse(r.detail ?? '{}') as { reason: string }).reason);
    expect(failures).toEqual([
      'reauthentication-required',
      'password-for-single-sign-on-account',
      'reauthentication-required',
      'reauthentication-required',
    ]);
  });

  it('signs out here, then at the provider (RP-initiated logout), after which the provider asks for a sign-in again', async () => {
    const { cookie, browser } = await ssoSignIn('pia');
    expect((await send('POST', '/api/auth/logout', cookie ?? '')).statusCode).toBe(204);
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
    const idp = await get('/api/auth/oidc/logout');
    const endSession = new URL(String(idp.headers.location));
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(SIGN_IN_PAGE);
    expect(await browser.followFrom(endSession.href, { confirmLogout: true })).toBe(SIGN_IN_PAGE);
    let forms = 0;
    const start = await get('/api/auth/oidc/login');
    await browser.followFrom(String(start.headers.location), {
      login: 'pia',
      onLoginForm: () => (forms += 1),
    });
    expect(forms).toBe(1);
  });

  it('switches password sign-in off except for break-glass administrators, and never locks the last one out', async () => {
    const nurse = await t.signInAs('nurse', 'nina.nurse@example.org');
    const users = (await get('/api/users', admin)).json<User[]>();
    const ada = users.find((u) => u.email === 'ada.admin@example.org');
    const nina = users.find((u) => u.email === 'nina.nurse@example.org');
    const pia = users.find((u) => u.authSource === 'oidc');
    const policy = (localSignIn: string, cookie = admin) =>
      send('PUT', '/api/sign-in-policy', cookie, { localSignIn });
    const breakGlass = (id: string, flag: boolean) =>
      send('PUT', `/api/users/${id}/break-glass`, admin, { breakGlass: flag });

    expect((await policy('break-glass-only')).json<Problem>().code).toBe('last-break-glass');
    expect((await breakGlass(nina?.id ?? '', true)).statusCode).toBe(409);
    if (pia !== undefined) expect((await breakGlass(pia.id, true)).statusCode).toBe(409);
    const marked = await breakGlass(ada?.id ?? '', true);
    expect(marked.json<User>()).toMatchObject({ breakGlass: true, authSource: 'local' });
    expect((await policy('break-glass-only', nurse)).statusCode).toBe(403);
    expect((await policy('sometimes')).statusCode).toBe(400);
    expect((await policy('break-glass-only')).json()).toEqual({ localSignIn: 'break-glass-only' });

    // The nurse's session ended with the switch, and her password no longer opens one.
    expect((await get('/api/auth/me', nurse)).statusCode).toBe(401);
    const login = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: browserHeaders(),
        payload: { email, password: TEST_PASSWORD },
      });
    const refused = await login('nina.nurse@example.org');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>()).toMatchObject({ code: 'local-sign-in-disabled' });
    expect(refused.json<Problem>().detail).toContain('Sign in with Fictional Hospital ID');
    expect((await login('ada.admin@example.org')).statusCode).toBe(200);
    expect((await get('/api/auth/options')).json<SignInOptions>().localSignIn).toBe(
      'break-glass-only',
    );
    // Single sign-on goes on working.
    expect((await ssoSignIn('pia')).cookie).toBeDefined();

    // The last break-glass administrator keeps the mark, the role and the account.
    expect((await breakGlass(ada?.id ?? '', false)).json<Problem>().code).toBe('last-break-glass');
    expect(
      (await send('PUT', `/api/users/${ada?.id ?? ''}/status`, admin, { active: false }))
        .statusCode,
    ).toBe(409);
    const policyAudit = (await audit('auth.sign-in-policy-change')).at(-1);
    expect(policyAudit?.after_json).toContain('break-glass-only');
    expect((await audit('user.break-glass-change')).length).toBeGreaterThan(0);

    expect((await policy('all')).json()).toEqual({ localSignIn: 'all' });
    expect((await login('nina.nurse@example.org')).statusCode).toBe(200);
    expect((await breakGlass(ada?.id ?? '', false)).json<User>().breakGlass).toBe(false);
  });
});

describe('single sign-on while the identity provider cannot be reached', () => {
  it('starts, says sign-in with it is unavailable, and password sign-in still works', async () => {
    const [kind] = testDatabaseKinds();
    if (kind === undefined) throw new Error('no test database');
    const database = await kind.create();
    const t = await createTestApp(database, {
      OPENIORT_OIDC_ISSUER: 'http://127.0.0.1:9/unreachable',
      OPENIORT_OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OPENIORT_OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OPENIORT_OIDC_REDIRECT_URL: REDIRECT_URL,
      OPENIORT_OIDC_ROLE_MAP: 'IORT-ROs=radiation-oncologist',
    });
    try {
      const start = await t.app.inject({
        method: 'GET',
        url: '/api/auth/oidc/login',
        headers: browserHeaders(),
      });
      expect(start.statusCode).toBe(303);
      expect(start.headers.location).toBe('/signin?sso-error=unavailable');
      expect(await t.signInAs('admin')).toMatch(/^openiort_session=/);
    } finally {
      await t.close();
      await database.drop();
    }
  });
});

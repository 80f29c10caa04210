import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../../server/test/process-helpers.ts';
import {
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  startTestProvider,
  type TestProvider,
} from '../../server/test/oidc-test-provider.ts';
import { openWatchedPage, screenshot, useChromium } from './browser.ts';
import { runOpeniort, startServerChild, type ServerChild } from './server-child.ts';
import { signIn } from './sign-in.ts';

/** A local administrator (made with the CLI), the break-glass account of the fictional hospital. */
const ADMIN = {
  email: 'bree.breakglass@example.org',
  name: 'Bree Breakglass',
  password: 'a long passphrase for the break-glass admin',
  role: 'admin',
} as const;
const PROVIDER_NAME = 'Fictional Hospital ID';

const browser = useChromium();
let provider: TestProvider;
let server: ServerChild;
let dir = '';

beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${String(port)}`;
  provider = await startTestProvider({
    redirectUrl: `${origin}/api/auth/oidc/callback`,
    postLogoutRedirectUrl: `${origin}/signin`,
    accounts: {
      pia: { email: 'pia.sso@hospital.example', name: 'Pia Sso', groups: ['IORT-Physicists'] },
      cody: { email: 'cody.sso@hospital.example', name: 'Cody Sso', groups: ['All-Staff'] },
    },
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-e2e-sso-'));
  const databaseUrl = `sqlite:${path.join(dir, 'openiort.db')}`;
  await runOpeniort(
    ['user', 'add', '--email', ADMIN.email, '--role', 'admin', '--name', ADMIN.name],
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    `${ADMIN.password}\n`,
  );
  server = await startServerChild(databaseUrl, {
    port,
    env: {
      OPENIORT_OIDC_ISSUER: provider.issuer,
      OPENIORT_OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OPENIORT_OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OPENIORT_OIDC_REDIRECT_URL: `${origin}/api/auth/oidc/callback`,
      OPENIORT_OIDC_SCOPES: 'openid profile email groups',
      OPENIORT_OIDC_ROLE_MAP: 'IORT-Physicists=medical-physicist,IORT-ROs=radiation-oncologist',
      OPENIORT_OIDC_DISPLAY_NAME: PROVIDER_NAME,
    },
  });
}, 60_000);
afterAll(async () => {
  await server.stop();
  await provider.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Refusals (a missing signing permission, a switched-off password) are the server answering as
// it should; the browser logs them as failed loads. The test provider's development pages ask
// for a web font on the internet (unreachable here) and a favicon it does not have.
const expectedNetworkLog =
  /Failed to load resource: (the server responded with a status of (401|403|404)|net::ERR_NAME_NOT_RESOLVED)/;

/** The provider's own (development) login form: the person types their login there. */
async function loginAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password: the test provider takes any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

async function phoneShot(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a person without a mapped group is refused with a message saying whom to ask', async () => {
  const { page, errors } = await openWatchedPage(browser(), server.baseUrl);
  await page.goto('/signin');
  await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await loginAtProvider(page, 'cody');
  await page.waitForURL(/\/signin\?sso-error=no-role/);
  await page
    .getByRole('alert')
    .getByText(/Your hospital account has no OpenIORT role/)
    .waitFor();
  await screenshot(page, 'sso-no-role');
  await phoneShot(page, 'sso-no-role');
  expect(errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
}, 120_000);

test('a physicist signs in at the provider, signs a plan after signing in there again, and signs out at both', async () => {
  const admin = await openWatchedPage(browser(), server.baseUrl);
  await signIn(admin.page, ADMIN);
  const patient = await admin.page.request.post('/api/patients', {
    headers: { origin: server.baseUrl },
    data: {
      mrn: 'SSO-E2E-1',
      familyName: 'Fictional',
      givenName: 'Sso',
      birthDate: '1958-02-03',
      sex: 'female',
      preferredLanguage: 'en',
    },
  });
  expect(patient.status()).toBe(201);
  const patientId = ((await patient.json()) as { id: string }).id;

  const { page, errors } = await openWatchedPage(browser(), server.baseUrl);
  await page.goto('/signin');
  await screenshot(page, 'sso-signin');
  await phoneShot(page, 'sso-signin');
  await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await loginAtProvider(page, 'pia');
  // A physicist lands on the worklist (issue 12).
  await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();
  await page.getByText('Pia Sso').first().waitFor();

  const plan = await page.request.post(`/api/patients/${patientId}/plans`, {
    headers: { origin: server.baseUrl },
    data: {
      sourceId: 'demo-50kv-ebx',
      input: {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 1.2,
        chestWallDistanceCm: 1.5,
      },
    },
  });
  expect(plan.status()).toBe(201);

  await page.goto(`/app/patients/${patientId}/plans`);
  await page.getByText('Saved version 1').waitFor();
  await page.getByRole('button', { name: 'Sign physics review' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`Your account signs in with ${PROVIDER_NAME}`).waitFor();
  await screenshot(page, 'sso-sign-dialog');
  await dialog.getByRole('link', { name: `Re-authenticate with ${PROVIDER_NAME}` }).click();
  // prompt=login: the provider asks again although its own session is open.
  await loginAtProvider(page, 'pia');
  await page.waitForURL(/reauthenticated=plan/);
  await dialog.getByText(`Signed in again with ${PROVIDER_NAME}`).waitFor();
  await screenshot(page, 'sso-sign-dialog-ready');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  const signatures = page.getByRole('list', { name: 'Signatures' });
  await signatures.getByText(/Physics review: Pia Sso/).waitFor();
  await signatures.getByText(/signing in again at the hospital identity provider/).waitFor();
  expect(page.url()).not.toContain('reauthenticated');
  await screenshot(page, 'sso-signed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staff sign in' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  expect(errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
  expect(admin.errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
}, 240_000);

test('the administrator marks a break-glass account and switches password sign-in off for everyone else', async () => {
  const { page, errors } = await openWatchedPage(browser(), server.baseUrl);
  await signIn(page, ADMIN);
  await page.goto('/app/users');
  await page.getByRole('button', { name: `Actions for ${ADMIN.email}` }).click();
  await page.getByRole('menuitem', { name: 'Make break-glass' }).click();
  await page
    .getByRole('status')
    .getByText(`${ADMIN.name} is a break-glass administrator.`)
    .waitFor();
  await page.getByRole('radio', { name: 'Break-glass administrators only' }).click();
  await page.getByText('Only break-glass administrators may sign in with a password.').waitFor();
  await page
    .getByRole('row')
    .filter({ hasText: 'pia.sso@hospital.example' })
    .getByText('Hospital sign-in')
    .waitFor();
  await screenshot(page, 'sso-users-policy');
  await phoneShot(page, 'sso-users-policy');

  const other = await openWatchedPage(browser(), server.baseUrl);
  await other.page.goto('/signin');
  await other.page.getByText('Break-glass administrators only').waitFor();
  await signIn(other.page, ADMIN);

  await page.getByRole('radio', { name: 'Every local account' }).check();
  await page.getByText('Every local account may sign in with its password.').waitFor();
  expect(errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
}, 120_000);

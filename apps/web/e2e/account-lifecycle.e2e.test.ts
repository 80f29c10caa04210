import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { PASSWORD_LABEL } from './accounts.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const ADMIN: Account = {
  email: 'uma.users@example.org',
  name: 'Uma Users',
  password: 'a long passphrase for the accounts admin',
  role: 'admin',
};
const NURSE: Account = {
  email: 'len.lifecycle@example.org',
  name: 'Len Lifecycle',
  password: 'a long passphrase for the accounts nurse',
  role: 'nurse',
};
const NEW_PASSWORD = 'my own new passphrase for the ward';

const browser = useChromium();
// Made with `openiort user add`: the operator's password stands, no change is forced.
const baseUrl = useOwnServer([ADMIN, NURSE]);

// Refused requests (a wrong password, the last administrator) are the server answering as it
// should; the browser logs them as failed loads.
const expectedNetworkLog =
  /Failed to load resource: the server responded with a status of (400|401|403|409)/;

async function openActions(page: Page, email: string, item: string) {
  await page.getByRole('button', { name: `Actions for ${email}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

async function phoneShot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an administrator changes a role, deactivates, reactivates and resets an account; the person then chooses a new password', async () => {
  const admin = await openWatchedPage(browser(), baseUrl());
  const page = admin.page;
  await signIn(page, ADMIN);
  const nurse = await openWatchedPage(browser(), baseUrl());
  await signIn(nurse.page, NURSE);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await row(page, NURSE.email).getByText('Active').waitFor();

  // An account added here must choose its own password at first sign-in.
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel(/^Email/).fill('wren.web@example.org');
  await form.getByLabel(/^Name/).fill('Wren Web');
  await form.getByLabel(/^Role/).selectOption({ label: 'Nurse navigator' });
  await form.getByLabel(/^Initial password/).fill('an initial passphrase for wren');
  await form.getByRole('button', { name: 'Add user' }).click();
  await row(page, 'wren.web@example.org').getByText('Must change password').waitFor();

  await openActions(page, NURSE.email, 'Change role…');
  await page.getByRole('dialog').getByLabel('New role').selectOption({ label: 'Breast surgeon' });
  await page.getByRole('button', { name: 'Save role' }).click();
  await page.getByRole('status').filter({ hasText: 'is now Breast surgeon' }).waitFor();
  await row(page, NURSE.email).getByRole('cell', { name: 'Breast surgeon' }).waitFor();

  await openActions(page, NURSE.email, 'Deactivate…');
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate account' }).click();
  await row(page, NURSE.email).getByText('Deactivated').waitFor();
  // The nurse's open session ended at once.
  await nurse.page.reload();
  await nurse.page.getByRole('heading', { level: 1, name: 'Staff sign in' }).waitFor();

  await openActions(page, NURSE.email, 'Reactivate');
  await row(page, NURSE.email).getByText('Active').waitFor();

  await openActions(page, NURSE.email, 'Reset password…');
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
  const code = page.getByLabel('Temporary password');
  await code.waitFor();
  const temporary = (await code.innerText()).trim();
  expect(temporary.length).toBeGreaterThanOrEqual(20);
  await page.getByRole('button', { name: 'Done' }).click();
  await row(page, NURSE.email).getByText('Must change password').waitFor();
  await screenshot(page, 'users-page');
  await phoneShot(page, 'users-page');

  // The last administrator cannot be deactivated.
  await openActions(page, ADMIN.email, 'Deactivate…');
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate account' }).click();
  await page
    .getByRole('dialog')
    .getByText(/last active administrator/)
    .waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The person signs in with the temporary password and must choose their own first.
  const np = nurse.page;
  await np.getByLabel('Email').fill(NURSE.email);
  await np.getByLabel(PASSWORD_LABEL).fill(temporary);
  await np.getByRole('button', { name: 'Sign in', exact: true }).click();
  await np.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
  await np.getByText('Choose your own password').waitFor();
  expect(await np.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  await np.goto('/app/patients');
  await np.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
  await screenshot(np, 'change-password-required');
  await phoneShot(np, 'change-password-required');
  await np.getByLabel(/^Password you were given/).fill(temporary);
  await np.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await np.getByLabel(/^Repeat the new password/).fill(NEW_PASSWORD);
  await np.getByRole('button', { name: 'Change password' }).click();
  // Then on to the home page: the worklist for a clinical role.
  await np.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();

  // Everyone can change their own password from the header, with the current one.
  await page.getByRole('link', { name: 'Change password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
  await page.getByLabel(/^Current password/).fill('not my password at all');
  await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await page.getByLabel(/^Repeat the new password/).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('The current password is not right').waitFor();
  await page.getByLabel(/^Current password/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
  await screenshot(page, 'change-password');
  await phoneShot(page, 'change-password');

  for (const watched of [admin, nurse]) {
    expect(watched.errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  }
});

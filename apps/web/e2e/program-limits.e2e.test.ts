import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const PHYSICIST: Account = {
  email: 'lina.limits@example.org',
  name: 'Lina Limits',
  password: 'a long passphrase for the limits physicist',
  role: 'medical-physicist',
};
const ONCOLOGIST: Account = {
  email: 'otto.override@example.org',
  name: 'Otto Override',
  password: 'a long passphrase for the limits oncologist',
  role: 'radiation-oncologist',
};
const ADMIN: Account = {
  email: 'ida.it@example.org',
  name: 'Ida IT',
  password: 'a long passphrase for the limits admin',
  role: 'admin',
};

const browser = useChromium();
const baseUrl = useOwnServer([PHYSICIST, ONCOLOGIST, ADMIN]);

// Obviously fictional patient.
const PATIENT = {
  mrn: 'E2E-LIMITS-0001',
  familyName: 'Grenzfiktiv',
  givenName: 'Ottilie',
  birthDate: '1950-02-11',
  sex: 'female',
  preferredLanguage: 'en',
};

// The wrong co-signing password (401) and the refused proposal (400) are the server answering
// as it should; the browser logs them as failed loads.
const expectedNetworkLog =
  /Failed to load resource: the server responded with a status of (400|401)/;

test('a physicist proposes plan limits, a radiation oncologist co-signs them, plans follow; only an oncologist overrides', async () => {
  const physicist = await openWatchedPage(browser(), baseUrl());
  await signIn(physicist.page, PHYSICIST);
  const page = physicist.page;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Plan limits' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Plan safety limits' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'In force: version default-1' }).waitFor();
  await page.getByText(/OpenIORT’s own choice, not a published tolerance/).waitFor();

  const form = page.getByRole('form', { name: 'Propose new limits' });
  await form.getByLabel('Minimum skin distance (cm)').fill('0');
  await form.getByRole('button', { name: 'Propose for co-signature' }).click();
  await form.getByText(/must be at least 0.3 cm/).waitFor();
  await form.getByLabel('Minimum skin distance (cm)').fill('1');
  await form.getByLabel('Skin distance warning (cm)').fill('1.3');
  await form.getByLabel('Reason for the change').fill('Commissioning review: thinner flaps seen');
  await form.getByRole('button', { name: 'Propose for co-signature' }).click();
  await page.getByText(/waits for a radiation oncologist’s co-signature/).waitFor();
  await page
    .getByRole('heading', { name: 'Proposed change, waiting for a radiation oncologist' })
    .waitFor();
  expect(await page.getByRole('button', { name: 'Co-sign these limits' }).count()).toBe(0);
  await screenshot(page, 'program-limits-proposed');

  // The administrator reads the limits but can neither propose nor co-sign.
  const admin = await openWatchedPage(browser(), baseUrl());
  await signIn(admin.page, ADMIN);
  await admin.page.goto('/app/program-limits');
  await admin.page
    .getByRole('heading', { level: 2, name: 'In force: version default-1' })
    .waitFor();
  expect(await admin.page.getByRole('form', { name: 'Propose new limits' }).count()).toBe(0);
  expect(await admin.page.getByRole('button', { name: 'Co-sign these limits' }).count()).toBe(0);

  // The radiation oncologist co-signs, with the password again.
  const oncologist = await openWatchedPage(browser(), baseUrl());
  await signIn(oncologist.page, ONCOLOGIST);
  const other = oncologist.page;
  await other.goto('/app/program-limits');
  await other.getByRole('button', { name: 'Co-sign these limits' }).click();
  const dialog = other.getByRole('dialog');
  await dialog.getByText(/I approve these program limits/).waitFor();
  await dialog.getByLabel('Your password').fill('not the password');
  await dialog.getByRole('button', { name: 'Co-sign', exact: true }).click();
  await dialog.getByText('The password is not right. Nothing was co-signed.').waitFor();
  await dialog.getByLabel('Your password').fill(ONCOLOGIST.password);
  await dialog.getByRole('button', { name: 'Co-sign', exact: true }).click();
  await other.getByText('Version v1 is now in force. New plans are checked against it.').waitFor();
  await other.getByRole('heading', { level: 2, name: 'In force: version v1' }).waitFor();
  await screenshot(other, 'program-limits-in-force');
  await other.setViewportSize({ width: 390, height: 844 });
  await screenshot(other, 'program-limits-phone');
  await other.setViewportSize({ width: 1280, height: 900 });

  // Plans now follow v1: 0.9 cm is below the new minimum of 1 cm.
  const id = await addPatientThroughApi(other, PATIENT);
  await page.goto(`/app/patients/${id}/plans`);
  await page.getByLabel('Balloon fill (cc)').fill('45');
  await page.getByLabel('Balloon surface to skin (cm)').fill('0.9');
  await page.getByText('A radiation oncologist must decide').waitFor();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Plan refused' })
    .getByText(/program minimum of 1 cm/)
    .waitFor();

  // The oncologist overrides with a reason; the plan shows who decided and why.
  await other.goto(`/app/patients/${id}/plans`);
  await other.getByLabel('Balloon fill (cc)').fill('45');
  await other.getByLabel('Balloon surface to skin (cm)').fill('0.9');
  await other
    .getByLabel(/Your reason, as radiation oncologist/)
    .fill('Skin flap confirmed adequate with the surgeon');
  await other.getByText('Preview — not saved').waitFor();
  await other.getByRole('button', { name: 'Save plan' }).click();
  await other.getByText('Saved version 1').waitFor();
  await other.emulateMedia({ media: 'print' });
  await other
    .getByText(
      /“Skin flap confirmed adequate with the surgeon” — Otto Override, radiation oncologist/,
    )
    .waitFor();
  await other.getByText(/version v1: skin minimum 1 cm/).waitFor();
  await screenshot(other, 'planning-override-print');
  await other.emulateMedia({ media: 'screen' });

  for (const watched of [physicist, admin, oncologist]) {
    expect(watched.errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  }
});

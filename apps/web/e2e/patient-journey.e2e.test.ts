import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { ADMIN, PASSWORD_LABEL, SEX_LABEL } from './accounts.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { signIn, signOut } from './sign-in.ts';

// Obviously fictional patient.
const PATIENT = {
  mrn: 'E2E-0001',
  familyName: 'Testperson',
  givenName: 'Quinn',
  birthDate: '1961-04-12',
};
const LISTED_NAME = 'TESTPERSON, Quinn';

const browser = useChromium();

async function createFirstAdmin(page: Page) {
  await page.goto('/setup');
  await page.getByRole('heading', { level: 1, name: 'Set up OpenIORT' }).waitFor();
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel(PASSWORD_LABEL).fill(ADMIN.password);
  await screenshot(page, 'setup-filled');
  await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
}

async function addPatient(page: Page) {
  await page.getByRole('link', { name: 'Add patient' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add patient' }).waitFor();
  await page.getByLabel('MRN').fill(PATIENT.mrn);
  await page.getByLabel('Date of birth').fill(PATIENT.birthDate);
  await page.getByLabel('Family name').fill(PATIENT.familyName);
  await page.getByLabel('Given name').fill(PATIENT.givenName);
  await page.getByLabel(SEX_LABEL).selectOption({ label: 'Female' });
  await page.getByLabel('Preferred language').selectOption({ label: 'English' });
  await screenshot(page, 'patient-form-filled');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('heading', { level: 1, name: LISTED_NAME }).waitFor();
}

async function findPatient(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search patients' }).fill(PATIENT.familyName);
  await page.getByRole('searchbox', { name: 'Search patients' }).press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === PATIENT.familyName);
  const row = page.getByRole('row').filter({ hasText: PATIENT.mrn });
  await row.getByRole('link', { name: LISTED_NAME }).waitFor();
  expect(await row.getByRole('cell').allInnerTexts()).toEqual([
    PATIENT.mrn,
    LISTED_NAME,
    'Not evaluated',
    'No plan',
    'no candidacy evaluation\nno plan',
    PATIENT.birthDate,
    'Female',
    'English',
  ]);
  await screenshot(page, 'patient-search-result');
  await row.getByRole('link', { name: LISTED_NAME }).click();
}

test('first administrator set-up, sign-in, adding, finding and opening a patient, sign-out', async () => {
  const { page, cspViolations } = await openWatchedPage(browser(), inject('baseUrl'));

  await createFirstAdmin(page);
  await expect.poll(() => page.getByRole('banner').innerText()).toContain(ADMIN.name);
  await page.getByText('No patients yet.').waitFor();
  await screenshot(page, 'patients-empty');

  await signOut(page);
  expect(new URL(page.url()).pathname).toBe('/signin');

  await signIn(page, ADMIN);
  await addPatient(page);
  expect(new URL(page.url()).pathname).toMatch(/^\/app\/patients\/[^/]+$/);

  await findPatient(page);
  await page.getByRole('heading', { level: 1, name: LISTED_NAME }).waitFor();
  await page.getByText(PATIENT.mrn, { exact: true }).waitFor();
  await page.getByText(/^1961-04-12 \(\d+ years\)$/).waitFor();
  expect(await page.title()).toBe(`${LISTED_NAME} · OpenIORT`);
  await screenshot(page, 'patient-detail');

  await signOut(page);
  await page.getByRole('heading', { level: 1, name: 'Staff sign in' }).waitFor();
  // Signed out means signed out: the app sends us back to sign in.
  await page.goto('/app/patients');
  await page.getByRole('heading', { level: 1, name: 'Staff sign in' }).waitFor();

  expect(cspViolations).toEqual([]);
  await page.context().close();
});

import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const ADMIN: Account = {
  email: 'cleo.checklists@example.org',
  name: 'Cleo Checklists',
  password: 'a long passphrase for the checklist admin',
  role: 'admin',
};
const NURSE: Account = {
  email: 'nina.nurse-checklists@example.org',
  name: 'Nina Nurse',
  password: 'a long passphrase for the checklist nurse',
  role: 'nurse',
};
const PHYSICIST: Account = {
  email: 'percy.print@example.org',
  name: 'Percy Print',
  password: 'a long passphrase for the printing physicist',
  role: 'medical-physicist',
};

const browser = useChromium();
const baseUrl = useOwnServer([ADMIN, NURSE, PHYSICIST]);

// The refused save (400) is the server answering as it should; the browser logs it.
const expectedNetworkLog = /Failed to load resource: the server responded with a status of 400/;

test('the administrator edits the IORT time-out as a new version; a nurse reads it; fits 360 px', async () => {
  const { page, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, ADMIN);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Checklists' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Operating-room checklists' }).waitFor();
  for (const title of ['WHO sign-in', 'WHO time-out', 'WHO sign-out', 'IORT time-out'])
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
  await page.getByText('Emergency stop', { exact: false }).first().waitFor();
  await screenshot(page, 'checklists-desktop');

  await page.getByRole('button', { name: 'Edit IORT time-out' }).click();
  const form = page.getByRole('form', { name: 'Edit IORT time-out' });
  await form.getByRole('button', { name: 'Add an item' }).click();
  await form.getByRole('button', { name: 'Save as a new version' }).click();
  // Empty new item and no reason: both named, nothing saved.
  await form.getByText('must be the question or statement to confirm').waitFor();
  await form
    .getByText('must be at least 1 character', { exact: false })
    .or(form.getByText('must be why the checklist changes'))
    .first()
    .waitFor();
  await screenshot(page, 'checklists-edit-refused');
  await form.getByLabel('What is confirmed').last().fill('In-vivo dosimeter placed on the skin.');
  await form.getByLabel('Reason for the change').fill('Our program measures skin dose.');
  await form.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByText('IORT time-out: version v1 is now in force.').waitFor();
  await page.getByText('In-vivo dosimeter placed on the skin.').waitFor();
  await page
    .getByRole('list', { name: 'Versions of every checklist' })
    .getByText('Our program measures skin dose.')
    .waitFor();
  await screenshot(page, 'checklists-saved');
  expect(errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
  expect(cspViolations).toEqual([]);

  const nurse = await openWatchedPage(browser(), baseUrl());
  await signIn(nurse.page, NURSE);
  await nurse.page.setViewportSize({ width: 360, height: 800 });
  await nurse.page.goto('/app/checklists');
  await nurse.page.getByText('In-vivo dosimeter placed on the skin.').waitFor();
  expect(await nurse.page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
  await nurse.page.getByText('Only an administrator can change the checklists.').waitFor();
  // A string is evaluated in the page (the e2e files have no DOM types): no sideways scroll.
  const overflow = await nurse.page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(nurse.page, 'checklists-phone-360');
  expect(nurse.errors).toEqual([]);
}, 120_000);

test('the plan page prints the plan report as a PDF in the chosen paper', async () => {
  const { page, errors } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, ADMIN);
  // Obviously fictional patient.
  const patientId = await addPatientThroughApi(page, {
    mrn: 'E2E-PRINT-0001',
    familyName: 'Druckfiktiv',
    givenName: 'Paula',
    birthDate: '1951-05-06',
    sex: 'female',
    preferredLanguage: 'en',
  });
  const physicist = await openWatchedPage(browser(), baseUrl());
  await signIn(physicist.page, PHYSICIST);
  const planId = await physicist.page.evaluate(async (id) => {
    const response = await fetch(`/api/patients/${id}/plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sourceId: 'demo-50kv-ebx',
        input: {
          applicator: { type: 'balloon', fillVolumeCc: 45 },
          prescription: { doseGy: 20, to: 'surface' },
          skinDistanceCm: 1.2,
        },
      }),
    });
    return ((await response.json()) as { id: string }).id;
  }, patientId);
  await physicist.page.goto(`/app/patients/${patientId}/plans`);
  const link = physicist.page.getByRole('link', { name: 'Print plan report (PDF)' });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(`/api/plans/${planId}/report.pdf`);
  expect(await link.getAttribute('target')).toBe('_blank');
  // Mantine hides the radio input itself; people click its label.
  await physicist.page.locator('label', { hasText: /^Letter$/ }).click();
  expect(await link.getAttribute('href')).toBe(`/api/plans/${planId}/report.pdf?paper=letter`);
  const response = await physicist.page.request.get(`/api/plans/${planId}/report.pdf?paper=letter`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await screenshot(physicist.page, 'plan-report-button');
  expect(errors).toEqual([]);
  expect(physicist.errors).toEqual([]);
}, 120_000);

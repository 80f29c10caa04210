import { expect, test } from 'vitest';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer } from './own-server.ts';
import { signIn } from './sign-in.ts';

// A server of its own with an administrator made by the CLI: the shared server must keep its
// first-administrator set-up for the patient-journey test, and criteria changes stay here.
const PROGRAM_ADMIN = {
  email: 'pat.program@example.org',
  name: 'Pat Program',
  password: 'a long passphrase for the program admin',
  role: 'admin',
} as const;

const browser = useChromium();
const baseUrl = useOwnServer([PROGRAM_ADMIN]);

test('an administrator changes the program criteria; a new version is used by the self-check', async () => {
  const { page, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, PROGRAM_ADMIN);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Program criteria' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Program criteria' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Current: version default-1' }).waitFor();
  await page.getByText(/Each change is saved as a new version/).waitFor();
  await screenshot(page, 'program-criteria');

  const form = page.getByRole('form', { name: 'Change the program criteria' });
  await form.getByLabel('Candidates are older than (years)').fill('abc');
  await form.getByRole('button', { name: 'Save as a new version' }).click();
  await form.getByText(/Must be a number from 18 to 100/).waitFor();

  await form.getByLabel('Candidates are older than (years)').fill('55');
  await form.getByRole('checkbox', { name: 'Invasive lobular' }).check();
  await form.getByRole('checkbox', { name: 'Grade 3' }).check();
  await form.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByText(/The criteria are now version/).waitFor();
  const current = page.getByRole('heading', { level: 2, name: /^Current: version / });
  expect(await current.innerText()).not.toContain('default-1');
  await page.getByText('Older than 55 years').waitFor();
  const history = page.getByRole('region', { name: 'Version history' });
  expect(await history.getByRole('row').count()).toBe(3);
  await screenshot(page, 'program-criteria-saved');

  // The public self-check explains the new threshold.
  await page.goto('/self-check');
  await page.getByText('The program considers IORT for people older than 55.').waitFor();
  await page.getByText(/invasive lobular carcinoma/).waitFor();
  // Every public statement of the criteria follows (issue 10 §1): the landing page and the
  // comparison, in English and in another language.
  await page.goto('/');
  await page.getByText('The program considers IORT for people older than 55.').waitFor();
  expect(await page.getByText(/older than 60/).count()).toBe(0);
  await page.goto('/comparison');
  await page.getByText(/In this program: people older than 55 with a tumour/).waitFor();
  await page.goto('/es');
  await page.getByText('El programa valora la IORT para personas mayores de 55 años.').waitFor();

  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
  await page.context().close();
});

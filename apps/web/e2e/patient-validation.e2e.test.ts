import { expect, inject, test } from 'vitest';
import { NURSE, SEX_LABEL } from './accounts.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { signIn } from './sign-in.ts';

const browser = useChromium();

test('a birth date in the future is refused, with the message beside the field', async () => {
  const { page } = await openWatchedPage(browser(), inject('baseUrl'));
  await signIn(page, NURSE);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click();
  await page.getByRole('link', { name: 'Add patient' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add patient' }).waitFor();

  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel('MRN').fill('E2E-0002');
  await page.getByLabel('Date of birth').fill(`${String(nextYear)}-06-15`);
  await page.getByLabel('Family name').fill('Testperson');
  await page.getByLabel('Given name').fill('Rowan');
  await page.getByLabel(SEX_LABEL).selectOption({ label: 'Male' });
  await page.getByRole('button', { name: 'Save patient' }).click();

  await page.getByRole('alert').filter({ hasText: 'The patient was not saved' }).waitFor();
  const birthDate = page.getByLabel('Date of birth');
  const message = page.getByText(/^Date of birth must not be after today/);
  await message.waitFor();
  await screenshot(page, 'patient-form-birth-date-error');

  // "Beside the field" in the accessibility tree: the input is invalid and described by it.
  expect(await birthDate.getAttribute('aria-invalid')).toBe('true');
  const messageId = await message.getAttribute('id');
  expect(messageId).not.toBeNull();
  expect((await birthDate.getAttribute('aria-describedby'))?.split(' ')).toContain(messageId);
  // The other fields are fine, so they are not marked.
  expect(await page.getByLabel('MRN').getAttribute('aria-invalid')).not.toBe('true');
  expect(new URL(page.url()).pathname).toBe('/app/patients/new');
  await page.context().close();
});

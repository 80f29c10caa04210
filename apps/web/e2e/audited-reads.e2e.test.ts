import { expect, inject, test } from 'vitest';
import { NURSE } from './accounts.ts';
import { useChromium, openWatchedPage } from './browser.ts';
import { signIn } from './sign-in.ts';

const browser = useChromium();

// Every patient read is an audit row; a page that fetched twice would double the trail.
test('opening the patient list reads it from the server once', async () => {
  const { page } = await openWatchedPage(browser(), inject('baseUrl'));
  const listReads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/patients') listReads.push(request.url());
  });
  await signIn(page, NURSE);
  // A nurse lands on the worklist; the patient list is one click away in the main navigation.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click();
  await page
    .getByText(/No patients yet|patients?$/)
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  expect(listReads).toHaveLength(1);
  await page.context().close();
});

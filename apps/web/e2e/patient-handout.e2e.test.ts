import { expect, test } from 'vitest';
import { NURSE } from './accounts.ts';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer } from './own-server.ts';
import { signIn } from './sign-in.ts';

const browser = useChromium();
const baseUrl = useOwnServer([{ ...NURSE, role: 'nurse' }]);

// Obviously fictional patient who reads Russian.
const PATIENT = {
  mrn: 'E2E-HANDOUT-1',
  familyName: 'Testperson',
  givenName: 'Вера',
  birthDate: '1956-05-20',
  sex: 'female',
  preferredLanguage: 'ru',
};

const FACTS = {
  phase: 'preoperative',
  ageYears: 69,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 14,
  clinicalNodalStage: 'cN0',
};

test('a nurse sees the handout card in her language and prints the PDF', async () => {
  const { page, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, NURSE);
  const id = await addPatientThroughApi(page, PATIENT);
  await page.evaluate(
    async ([patientId, facts]) => {
      await fetch(`/api/patients/${patientId}/evaluations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ facts }),
      });
    },
    [id, FACTS] as const,
  );
  await page.goto(`${baseUrl()}/app/patients/${id}`);
  const card = page.getByRole('region', { name: 'Patient handout' });
  await card.getByText('The program’s criteria: you may be suited to IORT.').waitFor();
  expect(await card.getByLabel('Language of the handout').inputValue()).toBe('Русский');
  const link = card.getByRole('link', { name: 'Print handout (PDF)' });
  expect(await link.getAttribute('href')).toBe(`/api/patients/${id}/handout.pdf?lang=ru&paper=a4`);
  await card.getByText('Letter', { exact: true }).click();
  expect(await link.getAttribute('href')).toBe(
    `/api/patients/${id}/handout.pdf?lang=ru&paper=letter`,
  );
  const pdf = await page.request.get(`${baseUrl()}${(await link.getAttribute('href')) ?? ''}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await screenshot(page, 'handout-card-desktop');
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `handout-card-${String(width)}`);
  }
  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
  await page.context().close();
});

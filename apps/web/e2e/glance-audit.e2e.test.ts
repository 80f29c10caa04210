import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const ADMIN: Account = {
  email: 'gwen.admin@example.org',
  name: 'Gwen Admin',
  password: 'a long passphrase for the glance admin',
  role: 'admin',
};
const ONCOLOGIST: Account = {
  email: 'gus.oncologist@example.org',
  name: 'Gus Oncologist',
  password: 'a long passphrase for the glance oncologist',
  role: 'radiation-oncologist',
};

const browser = useChromium();
const baseUrl = useOwnServer([ADMIN, ONCOLOGIST]);

// Obviously fictional patient.
const PATIENT = {
  mrn: 'GL-AUD-1',
  familyName: 'Auditfiktiv',
  givenName: 'Iris',
  birthDate: '1951-06-07',
  sex: 'female',
  preferredLanguage: 'en',
};

test('the audit trail names patients, filters by MRN and e-mail part in the address, shows changes field by field and exports CSV', async () => {
  const { page: clinician } = await openWatchedPage(browser(), baseUrl());
  await signIn(clinician, ONCOLOGIST);
  const id = await addPatientThroughApi(clinician, PATIENT);
  const edited = await clinician.evaluate(
    async ([patientId, body]) =>
      (
        await fetch(`/api/patients/${patientId}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    [id, { ...PATIENT, phone: '+41 44 000 00 00', version: 1 }] as const,
  );
  expect(edited).toBe(200);

  const { page, errors } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, ADMIN);
  await page.goto('/app/audit');
  await page.getByLabel('Patient MRN').fill(PATIENT.mrn);
  await page.getByLabel('Actor e-mail contains').fill('GUS.onc');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('mrn') === PATIENT.mrn);
  expect(new URL(page.url()).searchParams.get('actorContains')).toBe('GUS.onc');

  const rows = page.getByRole('row').filter({ hasText: 'patient.update' });
  await rows.getByText('AUDITFIKTIV, Iris').waitFor();
  await rows.getByText(/MRN GL-AUD-1/).waitFor();
  expect(await page.getByRole('row').filter({ hasText: 'AUDITFIKTIV, Iris' }).count()).toBe(2);

  await page.reload();
  await rows.getByText('AUDITFIKTIV, Iris').waitFor();
  expect(await page.getByLabel('Patient MRN').inputValue()).toBe(PATIENT.mrn);

  await rows.getByRole('button', { name: /Show details of entry/ }).click();
  const changes = page.getByRole('table', { name: 'Before and after, field by field' });
  const phone = changes.getByRole('row').filter({ hasText: 'phone' });
  expect(await phone.getByRole('cell').allInnerTexts()).toEqual([
    'phone',
    'empty',
    '+41 44 000 00 00',
    'Changed',
  ]);
  expect(await changes.getByRole('row').filter({ hasText: 'Changed' }).count()).toBe(2);
  await screenshot(page, 'glance-audit-details');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'glance-audit-details-390');

  const href = await page
    .getByRole('link', { name: 'Export these rows (CSV)' })
    .getAttribute('href');
  expect(href).toBe('/api/audit/export.csv?mrn=GL-AUD-1&actorContains=GUS.onc');
  const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href ?? '');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain('patient.update');
  expect(lines[1]).toContain('GL-AUD-1');

  expect(errors).toEqual([]);
  await clinician.context().close();
  await page.context().close();
});

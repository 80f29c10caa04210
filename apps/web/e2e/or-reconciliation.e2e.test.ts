import type { OrSessionState } from '@openiort/contract';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { SCREENSHOT_DIR, openWatchedPage, screenshot, useChromium } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { api, confirmTimeOuts, demonstrationPlanMeaning, recordOutputCheck } from './or-room.ts';
import { signIn } from './sign-in.ts';

const PHYSICIST: Account = {
  email: 'rhea.physicist@example.org',
  name: 'Rhea Physicist',
  password: 'a long passphrase for the reconciling physicist',
  role: 'medical-physicist',
};
const ONCOLOGIST: Account = {
  email: 'rolf.oncologist@example.org',
  name: 'Rolf Oncologist',
  password: 'a long passphrase for the reconciling oncologist',
  role: 'radiation-oncologist',
};

const browser = useChromium();
const baseUrl = useOwnServer([PHYSICIST, ONCOLOGIST]);

// Obviously fictional patient.
const PATIENT = {
  mrn: 'E2E-REC-0001',
  familyName: 'Abgleichfiktiv',
  givenName: 'Rosa',
  birthDate: '1954-03-09',
  sex: 'female',
  preferredLanguage: 'en',
};

/**
 * A signed plan, its session prepared, started, interrupted a few seconds in and abandoned by
 * the radiation oncologist, all through the API: the panels under test appear once the delivery
 * is finished. Returns the session's path and state.
 */
async function abandonedSession(physician: Page, physicist: Page): Promise<OrSessionState> {
  const patientId = await addPatientThroughApi(physician, PATIENT);
  const plan = await api<{ id: string }>(physician, 'POST', `/api/patients/${patientId}/plans`, {
    sourceId: 'demo-50kv-ebx',
    input: {
      // The final plan uses the strength the output check measures.
      airKermaStrengthU: 10_000,
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 1.5, to: 'surface' },
      skinDistanceCm: 1.2,
      chestWallDistanceCm: 1.5,
    },
  });
  for (const [page, account] of [
    [physician, ONCOLOGIST],
    [physicist, PHYSICIST],
  ] as const)
    await api(page, 'POST', `/api/plans/${plan.id}/signatures`, {
      password: account.password,
      meaning: demonstrationPlanMeaning(account.role),
      version: 1,
    });
  const opened = await api<OrSessionState>(
    physicist,
    'POST',
    `/api/plans/${plan.id}/or-sessions`,
    {},
  );
  const base = `/api/or-sessions/${opened.id}`;
  await confirmTimeOuts(physicist, opened.id);
  await recordOutputCheck(physicist, opened.id, opened.plannedAirKermaStrengthU);
  await api(physicist, 'POST', `${base}/events`, { type: 'start', expectedSeq: 0 });
  await physicist.waitForTimeout(3000);
  await api(physicist, 'POST', `${base}/events`, {
    type: 'interrupt',
    expectedSeq: 1,
    category: 'device-fault',
    termination: 'machine',
  });
  return api<OrSessionState>(physician, 'POST', `${base}/abandon`, {
    reason: 'Fictional: the device fault did not clear.',
    expectedSeq: 2,
  });
}

const fitsIn360 = async (page: Page) => {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    360,
  );
};

test('the physicist reconciles the controller log, acknowledges a difference and records measurements', async () => {
  const physician = await openWatchedPage(browser(), baseUrl());
  await signIn(physician.page, ONCOLOGIST);
  const { page, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, PHYSICIST);
  const state = await abandonedSession(physician.page, page);
  expect(state.status).toBe('abandoned');

  await page.goto(`/app/or-sessions/${state.id}`);
  const panel = page.getByRole('heading', { name: 'Reconciliation with the controller log' });
  await panel.waitFor();
  await page.getByText(/have not been compared with this session yet/).waitFor();

  // A CSV with a bad line is refused in the browser, line by line, before anything is sent.
  await page.getByText('Paste or upload CSV').click();
  await page.getByLabel('Controller log (CSV)').fill('dwell;timeS\n1;2,5\n2;-1\n');
  await page.getByText('line 3: timeS must be a number of seconds ≥ 0 (found "-1")').waitFor();
  expect(await page.getByRole('button', { name: 'Compare with the session' }).isDisabled()).toBe(
    true,
  );
  await screenshot(page, 'or-reconciliation-csv-errors');

  // Typed in: the first dwell 2 s longer than the session recorded.
  await page.getByText('Type the times').click();
  const times = state.dwells.map((d, i) => (i === 0 ? d.deliveredTimeS + 2 : d.deliveredTimeS));
  for (const [i, t] of times.entries())
    await page.getByLabel(`Controller time of dwell ${String(i + 1)}, seconds`).fill(t.toFixed(2));
  await page.getByRole('button', { name: 'Compare with the session' }).click();
  await page.getByText('Differences to acknowledge').waitFor();
  await page.getByText('Differs', { exact: true }).waitFor();
  await screenshot(page, 'or-reconciliation-differences');

  await page
    .getByLabel('Why the differences are acceptable')
    .fill('Interrupt pressed about 2 s after the controller stopped (fictional).');
  await page.getByRole('button', { name: 'Acknowledge the differences' }).click();
  await page.getByText('Differences acknowledged').waitFor();

  // Measurements: an in-vivo reading and a survey with an overdue meter calibration.
  await page.getByLabel('Position').fill('Skin, 1 cm from the incision');
  await page.getByLabel('Reading, Gy').fill('0.21');
  await page.getByLabel('Expected, Gy').fill('0.2');
  await page.getByRole('button', { name: 'Record the measurement' }).click();
  await page.getByText(/ratio 1\.050/).waitFor();
  await page.getByText('Survey reading').click();
  await page.getByLabel('Place surveyed').fill('OR entrance door');
  await page.getByLabel('Dose rate, µSv/h').fill('150000');
  await page.getByLabel('Survey meter serial').fill('SM-DEMO-7');
  await page.getByLabel('Survey meter calibrated on').fill('2020-01-15');
  await page.getByRole('button', { name: 'Record the measurement' }).click();
  await page.getByText('must be at most 100000 µSv/h').waitFor();
  await page.getByLabel('Dose rate, µSv/h').fill('3.5');
  await page.getByRole('button', { name: 'Record the measurement' }).click();
  await page.getByText('Recorded, with a warning').waitFor();
  await page.getByText(/^Warning: The survey meter SM-DEMO-7/).waitFor();
  await screenshot(page, 'or-reconciliation-1280');
  await fitsIn360(page);
  await screenshot(page, 'or-reconciliation-360');
  // The comparison table alone, at 360 px, for a person to read.
  await page
    .getByRole('table', { name: 'Session and controller times' })
    .screenshot({ path: `${SCREENSHOT_DIR}/or-reconciliation-table-360.png` });

  // The radiation oncologist reads both panels without the physicist's forms.
  await physician.page.goto(`/app/or-sessions/${state.id}`);
  await physician.page.getByText('Differences acknowledged').waitFor();
  await physician.page.getByText(/Survey at OR entrance door/).waitFor();
  expect(await physician.page.getByRole('button', { name: 'Record the measurement' }).count()).toBe(
    0,
  );
  expect(await physician.page.getByText('Enter the controller’s times again').count()).toBe(0);
  await fitsIn360(physician.page);
  await screenshot(physician.page, 'or-reconciliation-oncologist-360');

  // The refused dose rate is the one 400 the browser logs.
  expect(errors.filter((e) => !/status of 400/.test(e)).join('\n')).toBe('');
  expect(cspViolations).toEqual([]);
});

import type { OrSessionState } from '@openiort/contract';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { openWatchedPage, screenshot, useChromium } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import {
  api,
  confirmTimeOuts,
  demonstrationPlanMeaning,
  expectAgreement,
  recordOutputCheck,
  remainingS,
  statusBadge,
} from './or-room.ts';
import { signIn } from './sign-in.ts';

const PHYSICIST: Account = {
  email: 'paula.physicist@example.org',
  name: 'Paula Physicist',
  password: 'a long passphrase for the delivery physicist',
  role: 'medical-physicist',
};
const ONCOLOGIST: Account = {
  email: 'otto.oncologist@example.org',
  name: 'Otto Oncologist',
  password: 'a long passphrase for the delivery oncologist',
  role: 'radiation-oncologist',
};
const NURSE: Account = {
  email: 'nina.nurse@example.org',
  name: 'Nina Nurse',
  password: 'a long passphrase for the delivery nurse',
  role: 'nurse',
};

const browser = useChromium();
const baseUrl = useOwnServer([PHYSICIST, ONCOLOGIST, NURSE]);

// Obviously fictional patient. A 1.5 Gy prescription keeps the whole delivery under a minute,
// so the test can run it to the end in real time.
const PATIENT = {
  mrn: 'E2E-OR-0001',
  familyName: 'Saalfiktiv',
  givenName: 'Odette',
  birthDate: '1955-02-14',
  sex: 'female',
  preferredLanguage: 'en',
};
const PLAN_INPUT = {
  // The final plan uses the strength the output check measures (prepareForBeamOn).
  airKermaStrengthU: 10_000,
  applicator: { type: 'balloon', fillVolumeCc: 45 },
  prescription: { doseGy: 1.5, to: 'surface' },
  skinDistanceCm: 1.2,
  chestWallDistanceCm: 1.5,
};

async function sign(page: Page, account: Account, planId: string, role: string) {
  await api(page, 'POST', `/api/plans/${planId}/signatures`, {
    password: account.password,
    meaning: demonstrationPlanMeaning(role),
    version: 1,
  });
}

/** The time-outs confirmed and a passing output check at the plan's strength, as the physicist. */
async function prepareForBeamOn(page: Page, sessionId: string) {
  await confirmTimeOuts(page, sessionId);
  const state = await api<OrSessionState>(page, 'GET', `/api/or-sessions/${sessionId}`);
  await recordOutputCheck(page, sessionId, state.plannedAirKermaStrengthU);
}

test('a console and a wall display follow one delivery with an interruption and a source change', async () => {
  const oncologist = await openWatchedPage(browser(), baseUrl());
  await signIn(oncologist.page, ONCOLOGIST);
  const patientId = await addPatientThroughApi(oncologist.page, PATIENT);
  const plan = await api<{ id: string }>(
    oncologist.page,
    'POST',
    `/api/patients/${patientId}/plans`,
    {
      sourceId: 'demo-50kv-ebx',
      input: PLAN_INPUT,
    },
  );
  await sign(oncologist.page, ONCOLOGIST, plan.id, 'radiation-oncologist');

  const { page: console_, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  // The delivery runs in real time; a loaded machine must not turn slow clicks into failures.
  console_.setDefaultTimeout(45_000);
  await signIn(console_, PHYSICIST);
  await console_.goto(`/app/patients/${patientId}/plans`);
  // Only one signature so far: the planning page says why the OR session cannot start.
  const startSession = console_.getByRole('button', { name: 'Start OR session' });
  await startSession.waitFor();
  expect(await startSession.isDisabled()).toBe(true);
  await console_
    .getByText(/needs this version signed by a medical physicist and a radiation oncologist/)
    .waitFor();
  await sign(console_, PHYSICIST, plan.id, 'medical-physicist');
  await console_.reload();
  await startSession.click();
  await console_.waitForURL(/\/app\/or-sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(console_.url()).pathname;
  await console_.getByRole('heading', { level: 1, name: 'OR session' }).waitFor();
  await console_.getByText('Live', { exact: true }).waitFor();
  await console_.getByText(/Rehearsal with a plan made from demonstration data/).waitFor();
  expect(await console_.getByRole('button', { name: 'Complete' }).isDisabled()).toBe(true);
  await console_.getByText('The delivery has not started.').waitFor();
  // The beam stays off until the time-outs and the output check are done; the console says why.
  const start = console_.getByRole('button', { name: 'Start', exact: true });
  expect(await start.isDisabled()).toBe(true);
  await console_
    .getByText(/No output check has been recorded/)
    .first()
    .waitFor();
  await console_.getByRole('heading', { name: 'Before beam-on' }).waitFor();
  await screenshot(console_, 'or-session-before-beam-on');
  await console_.setViewportSize({ width: 360, height: 800 });
  await screenshot(console_, 'or-session-before-beam-on-360');
  expect(
    await console_.evaluate<number>('document.documentElement.scrollWidth'),
  ).toBeLessThanOrEqual(360);
  await console_.setViewportSize({ width: 1280, height: 900 });
  await prepareForBeamOn(console_, sessionPath.split('/').at(-1) ?? '');
  // The stream brings the new gates; Start becomes usable without a reload.
  await expect.poll(() => start.isEnabled(), { timeout: 30_000, interval: 250 }).toBe(true);
  await screenshot(console_, 'or-session-ready');

  // The wall display: the nurse's account, very large digits, no buttons.
  const wall = (await openWatchedPage(browser(), baseUrl())).page;
  wall.setDefaultTimeout(45_000);
  await signIn(wall, NURSE);
  await wall.goto(`${sessionPath}?display=wall`);
  await wall.getByTestId('remaining-total').waitFor();
  expect(await wall.getByRole('button', { name: 'Start' }).count()).toBe(0);
  const total = await expectAgreement(console_, wall);
  expect(total).toBeGreaterThan(10);
  expect(total).toBeLessThan(90);

  // Start: both count down from the server's clock, within a second of each other.
  await start.click();
  await statusBadge(wall, 'delivering').waitFor();
  await wall.waitForTimeout(2500);
  const running = await expectAgreement(console_, wall);
  expect(running).toBeLessThan(total - 1);

  // Interrupt: a source failure, stopped by the machine, with a note.
  await console_.getByRole('button', { name: 'Interrupt', exact: true }).click();
  const dialog = console_.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Interrupt', exact: true }).click();
  await dialog.getByText('Choose why the delivery is interrupted.').waitFor();
  await dialog.getByLabel('Source failure').check();
  await dialog.getByLabel('Machine stopped the beam').check();
  await dialog.getByLabel('What happened').fill('Controller reported a source fault (fictional).');
  await screenshot(console_, 'or-session-interrupt-dialog');
  await dialog.getByRole('button', { name: 'Interrupt', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await statusBadge(wall, 'interrupted').waitFor();
  const paused = await expectAgreement(console_, wall);
  await wall.waitForTimeout(1500);
  // Interrupted, nothing counts down.
  expect(await expectAgreement(console_, wall)).toBe(paused);

  // Source change: an implausible reading is refused in the dialog, a plausible one rescales.
  const state = await api<OrSessionState>(console_, 'GET', `/api${sessionPath.slice(4)}`);
  await console_.getByRole('button', { name: 'Source change' }).click();
  const change = console_.getByRole('dialog');
  await change
    .getByLabel(/Measured air-kerma strength/)
    .fill(String(state.plausibleStrengthU.maxU * 10));
  await change.getByRole('button', { name: 'Record source change' }).click();
  await change.getByText(/implausible for this source/).waitFor();
  await screenshot(console_, 'or-session-source-refused');
  const newStrength = Math.round(state.plausibleStrengthU.centreU * 1.15 * 10) / 10;
  await change.getByLabel(/Measured air-kerma strength/).fill(String(newStrength));
  await change.getByRole('button', { name: 'Record source change' }).click();
  await change.waitFor({ state: 'hidden' });
  await console_
    .getByTestId('event-log')
    .getByText(`new source ${String(newStrength)} U`, { exact: false })
    .waitFor();
  // A stronger source needs less time: the remaining time shrinks on both devices alike.
  const expected = (state.remainingTimeS * state.airKermaStrengthU) / newStrength;
  await expect
    .poll(async () => Math.abs((await remainingS(wall)) - expected), { timeout: 15_000 })
    .toBeLessThanOrEqual(1);
  expect(Math.abs((await expectAgreement(console_, wall)) - expected)).toBeLessThanOrEqual(1);

  // Resume, let it run out, complete.
  await console_.getByRole('button', { name: 'Resume' }).click();
  await statusBadge(wall, 'delivering').waitFor();
  await screenshot(wall, 'or-session-wall-delivering');
  await console_.setViewportSize({ width: 360, height: 800 });
  await screenshot(console_, 'or-session-console-360');
  expect(
    await console_.evaluate<number>('document.documentElement.scrollWidth'),
  ).toBeLessThanOrEqual(360);
  await console_.setViewportSize({ width: 1280, height: 900 });
  await expectAgreement(console_, wall);
  const complete = console_.getByRole('button', { name: 'Complete' });
  await complete.waitFor();
  // Enabled once the server's clock, as the console estimates it, has run the time out.
  await expect.poll(() => complete.isDisabled(), { timeout: 150_000, interval: 250 }).toBe(false);
  await complete.click();
  await statusBadge(wall, 'complete').waitFor();
  await statusBadge(console_, 'complete').waitFor();
  expect(await remainingS(wall)).toBe(0);
  const log = console_.getByTestId('event-log');
  for (const type of ['start', 'interrupt', 'source-change', 'resume', 'complete'])
    await log.getByText(type, { exact: true }).waitFor();
  await screenshot(console_, 'or-session-complete');
  await screenshot(wall, 'or-session-wall-complete');
  expect(errors.filter((e) => !/status of 400/.test(e)).join('\n')).toBe('');
  expect(cspViolations.join('\n')).toBe('');
}, 420_000);

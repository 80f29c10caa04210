import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot, SCREENSHOT_DIR } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const PHYSICIST: Account = {
  email: 'phoebe.physicist@example.org',
  name: 'Phoebe Physicist',
  password: 'a long passphrase for the e2e physicist',
  role: 'medical-physicist',
};
const ONCOLOGIST: Account = {
  email: 'olga.oncologist@example.org',
  name: 'Olga Oncologist',
  password: 'a long passphrase for the e2e oncologist',
  role: 'radiation-oncologist',
};

const browser = useChromium();
// Its own server: the plans and patients here stay out of the other files' records.
const baseUrl = useOwnServer([PHYSICIST, ONCOLOGIST]);

// Obviously fictional patient.
const PATIENT = {
  mrn: 'E2E-PLAN-0001',
  familyName: 'Planfiktiv',
  givenName: 'Henrietta',
  birthDate: '1952-09-03',
  sex: 'female',
  preferredLanguage: 'en',
};

/** The treatment time shown, in seconds ("11:24" → 684). */
async function shownTotalSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('total-time').textContent()) ?? '';
  const match = /^(\d+):(\d{2})$/.exec(text.trim());
  if (match === null) throw new Error(`total time is not m:ss: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

// The browser logs the 401 of the deliberately wrong signing password and the 409 of the stale
// edit as failed resource loads; that is the server answering as it should, not a page error.
const expectedNetworkLog =
  /Failed to load resource: the server responded with a status of (401|409)/;

test('a physicist previews, saves and signs a balloon plan; a short skin distance is refused', async () => {
  // The oncologist adds the fictional patient (physicists do not add patients).
  const oncologist = await openWatchedPage(browser(), baseUrl());
  await signIn(oncologist.page, ONCOLOGIST);
  const id = await addPatientThroughApi(oncologist.page, PATIENT);

  const { page, errors, cspViolations } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, PHYSICIST);
  await page.goto(`/app/patients/${id}`);
  await page.getByRole('link', { name: 'Dose plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dose plan' }).waitFor();
  await page.getByText('No saved plans yet').waitFor();

  // The shipped model is demonstration data, and says so before anything is computed.
  const banner = page.getByRole('note').filter({ hasText: 'not for clinical use' });
  await banner.waitFor();
  expect(await banner.textContent()).toContain('commission with your vendor data');

  await page.getByLabel('Balloon fill (cc)').fill('45');
  await page.getByText('radius 2.21 cm · diameter 4.41 cm').waitFor();
  expect(await page.getByLabel('Prescribed dose (Gy)').inputValue()).toBe('20');
  expect(await page.getByLabel('Balloon surface', { exact: true }).isChecked()).toBe(true);
  await page.getByLabel('Balloon surface to skin (cm)').fill('1.2');

  // The preview is computed in the browser as soon as typing pauses.
  await page.getByText('Preview — not saved').waitFor();
  await page.getByTestId('total-time').waitFor();
  const previewSeconds = await shownTotalSeconds(page);
  expect(previewSeconds).toBeGreaterThanOrEqual(6 * 60);
  expect(previewSeconds).toBeLessThanOrEqual(16 * 60);
  await page.getByText('Within tolerance').waitFor();
  // The default model is the anisotropic demonstration line source: the uniformity is reported,
  // and the doses resting on near-axis F(r, θ) data are named.
  const uniformity = page.getByTestId('surface-uniformity');
  await uniformity.waitFor();
  expect(await uniformity.textContent()).toMatch(/\(minimum \/ maximum\): 0\.\d\d/);
  await page
    .getByTestId('validity-warnings')
    .getByText(/^Surface minimum \(.* Gy at .*within 20° of the source axis/)
    .waitFor();
  // The browser's copy of the model was checked against the server's checksum.
  expect(await page.getByText(/could not check the source model/).count()).toBe(0);
  await page.getByRole('table', { name: 'Dwell positions and times' }).waitFor();
  const isodose = page.getByRole('img', { name: /Isodose lines at 50, 80, 100, 150, 200 %/ });
  const dvh = page.getByRole('img', { name: /Dose–volume histogram/ });
  await isodose.locator('svg').waitFor();
  await dvh.locator('svg').waitFor();
  // Five isodose levels were drawn as SVG paths.
  expect(await isodose.locator('svg g[aria-label="contour"]').count()).toBe(5);
  await screenshot(page, 'planning-preview');
  await page
    .locator('figure.plot-figure')
    .first()
    .screenshot({
      path: `${SCREENSHOT_DIR}/planning-isodose.png`,
    });
  await page
    .locator('figure.plot-figure')
    .nth(1)
    .screenshot({
      path: `${SCREENSHOT_DIR}/planning-dvh.png`,
    });

  // Saving: the server computes the same plan and its stored result replaces the preview.
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.getByText('Saved version 1').waitFor();
  expect(await shownTotalSeconds(page)).toBe(previewSeconds);
  await page.getByRole('table', { name: 'Saved plans' }).getByText('45 cc').waitFor();
  // No strength was measured: the plan says the nominal one was used, and the field stays empty.
  await page
    .getByText(/nominal strength used, no output check entered/)
    .filter({ visible: true })
    .first()
    .waitFor();
  expect(await page.getByLabel('Air-kerma strength measured today (U)').inputValue()).toBe('');

  // Signing: the statement in full, and the password again.
  await page.getByRole('button', { name: 'Sign physics review' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByText(/not for clinical use. This signature does not approve any treatment/)
    .waitFor();
  await screenshot(page, 'planning-sign-dialog');
  await dialog.getByLabel('Your password').fill('not the password');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await dialog.getByText('The password is not right. Nothing was signed.').waitFor();
  // A wrong password leaves the session alone.
  expect(new URL(page.url()).pathname).toBe(`/app/patients/${id}/plans`);
  await dialog.getByLabel('Your password').fill(PHYSICIST.password);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  const signatures = page.getByRole('list', { name: 'Signatures' });
  await signatures.getByText(/Physics review: Phoebe Physicist \(Medical physicist\)/).waitFor();
  await page.getByText('You signed version 1.').waitFor();

  // The radiation oncologist is offered the physician's signature only, and signs too.
  const other = oncologist.page;
  await other.goto(`/app/patients/${id}/plans`);
  await other.getByText('Saved version 1').waitFor();
  await other.getByRole('button', { name: 'Sign physician approval' }).waitFor();
  expect(await other.getByRole('button', { name: 'Sign physics review' }).count()).toBe(0);
  await other.getByRole('button', { name: 'Sign physician approval' }).click();
  const otherDialog = other.getByRole('dialog');
  await otherDialog.getByText(/^Physician approval of a plan made with a demonstration/).waitFor();
  await otherDialog.getByLabel('Your password').fill(ONCOLOGIST.password);
  await otherDialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await otherDialog.waitFor({ state: 'hidden' });
  await other.getByText(/Physician approval: Olga Oncologist \(Radiation oncologist\)/).waitFor();

  await page.reload();
  await signatures.getByText(/Physician approval: Olga Oncologist/).waitFor();
  await screenshot(page, 'planning-signed');

  await page.emulateMedia({ media: 'print' });
  await page.getByText(/Printed from OpenIORT on/).waitFor();
  // The print carries the whole model checksum, the engine, the limits version and the strength.
  const printed = await page.evaluate(async (patientId) => {
    const response = await fetch(`/api/patients/${patientId}/plans`);
    return (await response.json()) as { items: { sourceModelChecksum: string }[] };
  }, id);
  const checksum = printed.items[0]?.sourceModelChecksum ?? 'missing';
  expect(checksum).toMatch(/^[0-9a-f]{64}$/);
  await page.getByText(checksum, { exact: true }).waitFor();
  await page.getByText(/TG-43 \(AAPM TG-43U1 formalism\), OpenIORT engine/).waitFor();
  await page.getByText(/version default-1: skin minimum 0.7 cm/).waitFor();
  await screenshot(page, 'planning-print');
  await page.emulateMedia({ media: 'screen' });

  // Closer to the skin than the minimum: the preview refuses the plan, and a physicist is told
  // that a radiation oncologist must decide (only they can override the minimum).
  await page.getByLabel('Balloon surface to skin (cm)').fill('0.5');
  await page.getByText('A radiation oncologist must decide').waitFor();
  expect(await page.getByLabel(/Your reason, as radiation oncologist/).count()).toBe(0);
  const refusal = page.getByRole('alert').filter({ hasText: 'Plan refused' });
  await refusal.getByText(/below the program minimum of 0.7 cm/).waitFor();
  await page.getByText('Preview — not saved').waitFor();
  await screenshot(page, 'planning-refusal');

  // Saved, the refusal is on record as version 2, and version 1's signature no longer applies.
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await page.getByText('Saved version 2').waitFor();
  await page.getByText('Earlier signatures no longer apply').waitFor();
  const former = page.getByRole('list', { name: 'Former signatures' });
  await former
    .getByText(/version 1, no longer applies/)
    .first()
    .waitFor();
  expect(await former.getByRole('listitem').count()).toBe(2);
  expect(await page.getByRole('button', { name: 'Sign physics review' }).isDisabled()).toBe(true);
  await screenshot(page, 'planning-refused-saved');

  // Version 1 is still on record, with its result and the signatures it was given.
  const versions = page.getByRole('table', { name: 'Versions of this plan' });
  await versions.getByText('Refused').waitFor();
  await versions
    .getByText(/physics review: Phoebe Physicist; physician approval: Olga Oncologist/)
    .waitFor();
  await versions.getByRole('button', { name: 'Show version 1' }).click();
  await page.getByText('Version 1: an earlier version').waitFor();
  expect(await shownTotalSeconds(page)).toBe(previewSeconds);
  // Its signatures are shown; nothing can be signed on an earlier version.
  await page.getByText('You signed version 1.').waitFor();
  expect(await page.getByRole('button', { name: /^Sign (physics|physician)/ }).count()).toBe(0);
  await screenshot(page, 'planning-earlier-version');
  await versions.getByRole('button', { name: 'Show version 2' }).click();
  await page.getByText('Saved version 2').waitFor();

  // Someone else saves first: the edit is refused, said so, and their version is shown.
  const stored = await page.evaluate(async (patientId) => {
    const response = await fetch(`/api/patients/${patientId}/plans`);
    return (await response.json()) as {
      items: { id: string; version: number; sourceModelId: string; input: object }[];
    };
  }, id);
  const current = stored.items[0];
  if (current === undefined) throw new Error('the plan is not stored');
  await other.evaluate(async (plan) => {
    await fetch(`/api/plans/${plan.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sourceId: plan.sourceModelId,
        input: { ...plan.input, skinDistanceCm: 1 },
        version: plan.version,
      }),
    });
  }, current);
  await page.getByLabel('Balloon surface to skin (cm)').fill('1.2');
  await page.getByRole('button', { name: 'Save as version 3' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'The plan was changed meanwhile' })
    .getByText(/the saved version is 3/)
    .waitFor();
  await page.getByText('Saved version 3').waitFor();
  expect(await page.getByLabel('Balloon surface to skin (cm)').inputValue()).toBe('1');

  expect(errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(oncologist.errors).toEqual([]);
});

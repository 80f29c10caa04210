import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Calls the API from a signed-in page (same origin, its cookies); throws on an error status. */
export async function api<T>(page: Page, method: string, url: string, body?: object): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${method} ${url}: ${String(response.status)} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { method, url, body },
  );
}

/** The statement a signer of a demonstration plan confirms (contract signatureMeaning). */
export const demonstrationPlanMeaning = (role: string) =>
  role === 'medical-physicist'
    ? 'Physics review of a plan made with a demonstration source model: not for clinical use. This signature does not approve any treatment.'
    : 'Physician approval of a plan made with a demonstration source model: not for clinical use. This signature does not approve any treatment.';

/** Confirms every item of both time-outs through the API, as the page's person. */
export async function confirmTimeOuts(page: Page, sessionId: string): Promise<void> {
  const base = `/api/or-sessions/${sessionId}`;
  const { checklists } = await api<{
    checklists: { key: string; template: { items: { id: string }[] } }[];
  }>(page, 'GET', `${base}/checks`);
  for (const checklist of checklists.filter((c) => c.key.endsWith('time-out')))
    for (const item of checklist.template.items)
      await api(page, 'POST', `${base}/checklists/${checklist.key}/items/${item.id}/answers`, {
        answer: 'yes',
      });
}

/** A passing output check measured at `strengthU` (expected the same), through the API. */
export async function recordOutputCheck(page: Page, sessionId: string, strengthU: number) {
  const now = new Date();
  const calibrated = new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  await api(page, 'POST', `/api/or-sessions/${sessionId}/output-checks`, {
    sourceSerial: 'DEMO-TUBE-E2E',
    chamber: { serial: 'DEMO-WELL-E2E', calibrationDate: calibrated },
    electrometer: { serial: 'DEMO-ELEC-E2E', calibrationDate: calibrated },
    temperatureC: 21,
    pressureKPa: 101.3,
    reading: { value: 10, unit: 'nA' },
    measuredAirKermaStrengthU: strengthU,
    expected: { airKermaStrengthU: strengthU, basis: 'source-certificate' },
    measuredAt: now.toISOString(),
  });
}

/** The big total-remaining countdown, in seconds ("0:17" → 17). */
export async function remainingS(page: Page): Promise<number> {
  const text = ((await page.getByTestId('remaining-total').textContent()) ?? '').trim();
  const match = /^(\d+):(\d{2})$/.exec(text);
  if (match === null) throw new Error(`remaining time is not m:ss: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Both devices, read at the same moment, agree within a second; returns the first one's value. */
export async function expectAgreement(a: Page, b: Page): Promise<number> {
  const [x, y] = await Promise.all([remainingS(a), remainingS(b)]);
  expect(Math.abs(x - y), `console ${String(x)} s, wall ${String(y)} s`).toBeLessThanOrEqual(1);
  return x;
}

/** The live status badge showing `status`. */
export const statusBadge = (page: Page, status: string) =>
  page.locator('[aria-live="polite"]').filter({ hasText: new RegExp(`^${status}$`) });

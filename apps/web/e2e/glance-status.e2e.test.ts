import { signatureMeaning } from '@openiort/contract';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const PHYSICIST: Account = {
  email: 'gina.physicist@example.org',
  name: 'Gina Physicist',
  password: 'a long passphrase for the glance physicist',
  role: 'medical-physicist',
};
const ONCOLOGIST: Account = {
  email: 'gale.oncologist@example.org',
  name: 'Gale Oncologist',
  password: 'a long passphrase for the glance oncologist',
  role: 'radiation-oncologist',
};

const browser = useChromium();
const baseUrl = useOwnServer([PHYSICIST, ONCOLOGIST]);

// Obviously fictional patients.
const patient = (mrn: string, givenName: string) => ({
  mrn,
  familyName: 'Glancefiktiv',
  givenName,
  birthDate: '1950-02-03',
  sex: 'female',
  preferredLanguage: 'en',
});

const FACTS = {
  phase: 'preoperative',
  ageYears: 76,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 14,
  grade: 1,
  erStatus: 'positive',
  her2Status: 'negative',
  clinicalNodalStage: 'cN0',
};

const PLAN = {
  sourceId: 'demo-50kv-ebx',
  input: {
    applicator: { type: 'balloon', fillVolumeCc: 45 },
    prescription: { doseGy: 20, to: 'surface' },
    skinDistanceCm: 1.2,
    chestWallDistanceCm: 1.5,
  },
};

/** POSTs JSON from the signed-in page and returns the answer's id. */
async function post(page: Page, url: string, body: object): Promise<string> {
  const answer = await page.evaluate(
    async ([path, payload]) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return { status: response.status, body: (await response.json()) as { id: string } };
    },
    [url, body] as const,
  );
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function cellsOf(page: Page, mrn: string): Promise<string[]> {
  const row = page.getByRole('row').filter({ hasText: mrn });
  await row.waitFor();
  return row.getByRole('cell').allInnerTexts();
}

test('the patient list and the patient page show candidacy, plan status and what is missing', async () => {
  const { page: physicist } = await openWatchedPage(browser(), baseUrl());
  await signIn(physicist, PHYSICIST);
  const { page, errors } = await openWatchedPage(browser(), baseUrl());
  await signIn(page, ONCOLOGIST);

  await addPatientThroughApi(page, patient('GL-0001', 'Ada'));
  const evaluated = await addPatientThroughApi(page, patient('GL-0002', 'Bea'));
  await post(page, `/api/patients/${evaluated}/evaluations`, { facts: FACTS });
  await post(page, `/api/patients/${evaluated}/plans`, PLAN);
  const reviewed = await addPatientThroughApi(page, patient('GL-0003', 'Cleo'));
  const plan = await post(page, `/api/patients/${reviewed}/plans`, PLAN);
  await post(physicist, `/api/plans/${plan}/signatures`, {
    password: PHYSICIST.password,
    meaning: signatureMeaning('medical-physicist', true),
    version: 1,
  });

  await page.goto('/app/patients?q=Glancefiktiv');
  const status = async (mrn: string) => (await cellsOf(page, mrn)).slice(2, 5);
  expect(await status('GL-0001')).toEqual([
    'Not evaluated',
    'No plan',
    'no candidacy evaluation\nno plan',
  ]);
  expect(await status('GL-0002')).toEqual([
    'Candidate\nPreoperative',
    'Draft (unsigned) · v1',
    'no candidacy evaluation with final pathology\nplan not reviewed by a medical physicist\nplan not signed by the radiation oncologist',
  ]);
  expect(await status('GL-0003')).toEqual([
    'Not evaluated',
    'Physics-reviewed · v1',
    'no candidacy evaluation\nplan not signed by the radiation oncologist',
  ]);
  await screenshot(page, 'glance-patient-list');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'glance-patient-list-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('link', { name: 'GLANCEFIKTIV, Bea' }).click();
  const glance = page.getByRole('group', { name: 'Status at a glance' });
  await glance.getByText('Draft (unsigned) · v1').waitFor();
  await glance.getByText('Candidate').waitFor();
  await glance.getByText('plan not signed by the radiation oncologist').waitFor();
  await screenshot(page, 'glance-patient-detail');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'glance-patient-detail-390');

  expect(errors).toEqual([]);
  await physicist.context().close();
  await page.context().close();
});

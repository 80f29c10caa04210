import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { openWatchedPage, screenshot, useChromium, type WatchedPage } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import { signIn } from './sign-in.ts';

const SURGEON: Account = {
  email: 'sam.surgeon@example.org',
  name: 'Sam Surgeon',
  password: 'a long passphrase for the e2e surgeon',
  role: 'surgeon',
};
const NURSE: Account = {
  email: 'nina.navigator@example.org',
  name: 'Nina Navigator',
  password: 'a long passphrase for the e2e navigator',
  role: 'nurse',
};
const ONCOLOGIST: Account = {
  email: 'otto.oncologist@example.org',
  name: 'Otto Oncologist',
  password: 'a long passphrase for the e2e oncologist',
  role: 'radiation-oncologist',
};
const PHYSICIST: Account = {
  email: 'pia.physicist@example.org',
  name: 'Pia Physicist',
  password: 'a long passphrase for the e2e physicist',
  role: 'medical-physicist',
};

const browser = useChromium();
// Its own server: the cases here stay out of the other files' worklists.
const baseUrl = useOwnServer([SURGEON, NURSE, ONCOLOGIST, PHYSICIST]);

// Obviously fictional patient.
const PATIENT = {
  mrn: 'E2E-CASE-0001',
  familyName: 'Fallfiktiv',
  givenName: 'Roberta',
  birthDate: '1957-02-14',
  sex: 'female',
  preferredLanguage: 'en',
};

const PREOPERATIVE = {
  phase: 'preoperative',
  ageYears: 69,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 12,
  grade: 1,
  erStatus: 'positive',
  her2Status: 'negative',
  clinicalNodalStage: 'cN0',
};
const FINAL_PATHOLOGY = {
  ...PREOPERATIVE,
  phase: 'final-pathology',
  invasiveSizeMm: 13,
  pathologicNodalStage: 'pN0',
  closestMarginMm: 5,
  lvsi: 'none',
};

const DIRECTIVE_STATEMENT =
  'I prescribe this written directive for this patient and breast, and lock it before incision.';

// The browser logs the deliberately refused directive (409) and the disguised upload (415) as
// failed resource loads; that is the server answering as it should, not a page error.
const expectedNetworkLog =
  /Failed to load resource: the server responded with a status of (409|415)/;

/** Posts JSON from the signed-in page (same origin, same session) and returns the answer. */
async function postJson(page: Page, url: string, body: object): Promise<{ id: string }> {
  return page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
      return (await response.json()) as { id: string };
    },
    { url, body },
  );
}

/** The local date the server and browser share here, as the date inputs take it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The steps the signed-in person's worklist ("what needs me") shows for the patient's case. */
async function myWaitingSteps(page: Page): Promise<string[]> {
  await page.goto('/app');
  await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();
  await page.getByRole('heading', { name: /Open cases waiting for you/ }).waitFor();
  const card = page.locator('[data-case]').filter({ hasText: 'Fallfiktiv' }).first();
  if ((await card.count()) === 0) return [];
  const items = card.locator('[data-step]');
  const steps: string[] = [];
  for (let i = 0; i < (await items.count()); i += 1)
    steps.push((await items.nth(i).getAttribute('data-step')) ?? '');
  return steps;
}

async function openCase(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await page.getByRole('heading', { level: 1, name: /IORT case/ }).waitFor();
}

/** The timeline item of one step. */
const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`).first();

async function signedIn(account: Account): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser(), baseUrl());
  await signIn(watched.page, account);
  return watched;
}

function expectClean(watched: WatchedPage) {
  expect(watched.errors.filter((e) => !expectedNetworkLog.test(e))).toEqual([]);
  expect(watched.cspViolations).toEqual([]);
}

// One case through its whole pathway, stage by stage; each stage's test needs the ones before.
let surgeon: WatchedPage;
let nurse: WatchedPage;
let oncologist: WatchedPage;
let physicist: WatchedPage;
let patientId = '';
let caseUrl = '';
const STAGE_MS = 150_000;

test(
  'every role signs in',
  async () => {
    surgeon = await signedIn(SURGEON);
    nurse = await signedIn(NURSE);
    oncologist = await signedIn(ONCOLOGIST);
    physicist = await signedIn(PHYSICIST);
  },
  STAGE_MS,
);

test(
  'the surgeon refers a breast and links the candidacy evaluation; the worklist moves to the team decision',
  async () => {
    const s = surgeon.page;
    // 1. The surgeon refers the patient's left breast from the patient page.
    patientId = await addPatientThroughApi(s, PATIENT);
    await s.goto(`/app/patients/${patientId}`);
    await s.getByRole('heading', { level: 2, name: 'Cases' }).waitFor();
    await s.getByRole('button', { name: 'New case' }).click();
    await s.getByLabel(/^Breast/).selectOption('left');
    await s.getByLabel(/^Referred by/).fill('Dr Sam Surgeon, breast clinic');
    await s.getByLabel(/^Reason for referral/).fill('Small ER-positive tumour, age 69, cN0.');
    await s.getByRole('button', { name: 'Refer for IORT' }).click();
    await s.getByRole('heading', { level: 1, name: 'Left breast — IORT case' }).waitFor();
    caseUrl = new URL(s.url()).pathname;
    await step(s, 'candidacy').getByText('Waiting').waitFor();
    expect(await myWaitingSteps(s)).toEqual(['candidacy']);

    // 2. Candidacy: the evaluation recorded on the candidacy page is linked to the case.
    await postJson(s, `/api/patients/${patientId}/evaluations`, { facts: PREOPERATIVE });
    await openCase(s, caseUrl);
    await step(s, 'candidacy').getByRole('button', { name: 'Link evaluation' }).click();
    await step(s, 'candidacy')
      .getByText(/Before surgery ·/)
      .waitFor();
    expect(await myWaitingSteps(s)).toEqual([]);
    expect(await myWaitingSteps(oncologist.page)).toEqual(['decision']);
    expect(await myWaitingSteps(nurse.page)).toEqual([]);
  },
  STAGE_MS,
);

test(
  'a directive before the team decision is refused with its reason; the radiation oncologist offers IORT',
  async () => {
    // 3. The radiation oncologist: a directive before the decision is refused with its reason,
    // then the team decision to offer IORT.
    const o = oncologist.page;
    await o.setViewportSize({ width: 390, height: 844 });
    await screenshot(o, 'cases-worklist-oncologist-390');
    await o.setViewportSize({ width: 1280, height: 900 });
    await openCase(o, caseUrl);
    await step(o, 'directive')
      .getByRole('button', { name: 'Write and sign the directive' })
      .click();
    await o.getByLabel(DIRECTIVE_STATEMENT).check();
    await o.getByLabel(/^Your password/).fill(ONCOLOGIST.password);
    await o.getByRole('button', { name: 'Sign and lock' }).click();
    const refusal = step(o, 'directive').getByRole('alert');
    await refusal.getByText('A written directive needs a team decision to offer IORT.').waitFor();
    await step(o, 'directive').getByRole('button', { name: 'Cancel' }).click();
    const decision = step(o, 'decision');
    await decision.getByRole('button', { name: 'Record the team decision' }).click();
    await decision.getByLabel(/^Decision/).selectOption({ label: 'Offer IORT' });
    await decision.getByLabel(/^Meeting date/).fill(today());
    await decision
      .getByLabel(/^Rationale/)
      .fill('Within the program criteria; pre-operative evaluation.');
    await decision.getByLabel(/^Attendee 1/).fill('Dr Otto Oncologist');
    await decision.getByRole('button', { name: 'Add attendee' }).click();
    await decision.getByLabel(/^Attendee 2/).fill('Dr Sam Surgeon');
    await decision.getByLabel(/^Role of attendee 2/).selectOption({ label: 'Breast surgeon' });
    await decision.getByRole('button', { name: 'Save' }).click();
    await decision.getByRole('button', { name: 'Revisit the decision' }).waitFor();
    await decision.locator('dd').filter({ hasText: 'Offer IORT' }).waitFor();
    await screenshot(o, 'cases-decided-desktop');
  },
  STAGE_MS,
);

test(
  'the nurse navigator records consent with a scanned form (a page disguised as one is refused) and schedules',
  async () => {
    // 4. The nurse navigator: consent (with a scanned form) and scheduling.
    expect(await myWaitingSteps(nurse.page)).toEqual(['consent', 'scheduling']);
    const n = nurse.page;
    await openCase(n, caseUrl);
    const consent = step(n, 'consent');
    await consent.getByRole('button', { name: 'Record the consent' }).click();
    await consent.getByLabel(/^Consent date/).fill(today());
    await consent.getByLabel(/^Consent document version/).fill('IORT consent v3 (2026)');
    await consent.getByLabel(/^Witness/).fill('Wanda Witness');
    await consent.getByLabel('Whole-breast radiation after final pathology was explained').check();
    await consent.getByRole('button', { name: 'Save' }).click();
    await consent.getByText('IORT consent v3 (2026)').waitFor();
    await consent.locator('input[type=file]').setInputFiles({
      name: 'consent form.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await consent.getByRole('button', { name: 'Upload scan' }).click();
    await consent.getByText(/not a PDF, PNG or JPEG/).waitFor();
    await consent.locator('input[type=file]').setInputFiles({
      name: 'consent form.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await consent.getByRole('button', { name: 'Upload scan' }).click();
    await consent.getByRole('link', { name: 'consent_form.pdf' }).waitFor();
    const scheduling = step(n, 'scheduling');
    await scheduling.getByRole('button', { name: 'Schedule the operation' }).click();
    await scheduling.getByLabel(/^Operation date/).fill(today());
    await scheduling.getByLabel(/^Operating room/).fill('OR 4');
    await scheduling.getByLabel(/^Surgeon/).selectOption({ label: SURGEON.name });
    await scheduling.getByLabel(/^Radiation oncologist/).selectOption({ label: ONCOLOGIST.name });
    await scheduling.getByLabel(/^Medical physicist/).selectOption({ label: PHYSICIST.name });
    await scheduling.getByRole('button', { name: 'Save' }).click();
    await scheduling.getByText('OR 4').waitFor();
    expect(await myWaitingSteps(n)).toEqual([]);
  },
  STAGE_MS,
);

test(
  'the physicist names the treatment unit and links the pre-plan',
  async () => {
    // 5. The physicist: the treatment unit and the pre-plan.
    const p = physicist.page;
    expect(await myWaitingSteps(p)).toEqual(['scheduling', 'plans', 'delivery']);
    await openCase(p, caseUrl);
    const unit = step(p, 'scheduling');
    await unit.getByRole('button', { name: 'Name the treatment unit' }).click();
    await unit.getByLabel(/^Controller serial number/).fill('CTRL-0001');
    await unit.getByLabel(/^Source serial number/).fill('XRS-0042');
    await unit.getByRole('button', { name: 'Save' }).click();
    await unit.getByText('XRS-0042').waitFor();
    await postJson(p, `/api/patients/${patientId}/plans`, {
      sourceId: 'demo-50kv-ebx',
      input: {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 1.2,
      },
    });
    await openCase(p, caseUrl);
    await step(p, 'plans').getByRole('button', { name: 'Link plan' }).click();
    await step(p, 'plans')
      .getByText(/Pre-plan \(expected balloon\): 20 Gy, 45 cc balloon/)
      .waitFor();
    expect(await myWaitingSteps(p)).toEqual(['delivery']);
    // Every open case, with the counts by step a program lead reads.
    await p.getByLabel('Only what needs me').uncheck();
    await p.getByRole('heading', { name: /^Open cases \(1\)/ }).waitFor();
    await screenshot(p, 'cases-worklist-all-desktop');
  },
  STAGE_MS,
);

test(
  'the radiation oncologist signs the written directive',
  async () => {
    const o = oncologist.page;
    // 6. The radiation oncologist writes and signs the directive.
    expect(await myWaitingSteps(o)).toEqual(['directive', 'delivery']);
    await openCase(o, caseUrl);
    await step(o, 'directive')
      .getByRole('button', { name: 'Write and sign the directive' })
      .click();
    await o.getByLabel(DIRECTIVE_STATEMENT).check();
    await o.getByLabel(/^Your password/).fill(ONCOLOGIST.password);
    await o.getByRole('button', { name: 'Sign and lock' }).click();
    await step(o, 'directive').getByText('Locked: version 1').waitFor();
  },
  STAGE_MS,
);

test(
  'after the operation the surgeon links final pathology, shown beside the pre-operative answers',
  async () => {
    const s = surgeon.page;
    // 7. After the operation the surgeon links the final pathology, entered once as an evaluation.
    await postJson(s, `/api/patients/${patientId}/evaluations`, { facts: FINAL_PATHOLOGY });
    await openCase(s, caseUrl);
    await step(s, 'final-pathology').getByRole('button', { name: 'Link final pathology' }).click();
    const comparison = step(s, 'final-pathology');
    await comparison
      .getByRole('heading', { name: 'Before surgery and after final pathology' })
      .waitFor();
    await comparison.getByText('Final pathology:').first().waitFor();
    expect(await comparison.getByText('Before surgery:').count()).toBeGreaterThan(5);
  },
  STAGE_MS,
);

test(
  'the radiation oncologist decides after final pathology and closes the case',
  async () => {
    const o = oncologist.page;
    // 8. The radiation oncologist decides after final pathology and closes the case.
    expect(await myWaitingSteps(o)).toContain('post-pathology-decision');
    await openCase(o, caseUrl);
    const after = step(o, 'post-pathology-decision');
    await after.getByRole('button', { name: 'Record the post-pathology decision' }).click();
    await after.getByLabel(/^Decision after final pathology/).selectOption({ label: 'IORT alone' });
    await after.getByLabel(/^Reason/).fill('Margins clear (5 mm), pN0, no risk feature.');
    await after.getByRole('button', { name: 'Save' }).click();
    await after.getByRole('button', { name: 'Edit' }).waitFor();
    await after.locator('dd').filter({ hasText: 'IORT alone' }).waitFor();
    await o.setViewportSize({ width: 390, height: 844 });
    await screenshot(o, 'cases-case-page-390');
    // No sideways scroll at phone width: the page is no wider than the viewport.
    const width = await o.evaluate('document.documentElement.scrollWidth');
    // Names the elements reaching past the right edge, so a failure says what to fix.
    const wide = await o.evaluate(`[...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > 391)
      .slice(0, 5)
      .map((e) => e.tagName + '.' + e.className + ' ' + (e.textContent ?? '').slice(0, 40))`);
    expect(width, JSON.stringify(wide)).toBeLessThanOrEqual(390);
    await o.setViewportSize({ width: 1280, height: 900 });
    await screenshot(o, 'cases-case-page-desktop');
    await step(o, 'closed').getByRole('button', { name: 'Close the case' }).click();
    await o.getByRole('alert').filter({ hasText: 'Case closed' }).waitFor();
    expect(await myWaitingSteps(o)).toEqual([]);
    await o.goto(`/app/patients/${patientId}`);
    await o.getByText('Nothing waits.').waitFor();
  },
  STAGE_MS,
);

test('no page logged an error or broke the content security policy', () => {
  for (const watched of [surgeon, nurse, oncologist, physicist]) expectClean(watched);
});

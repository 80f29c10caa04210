import type { OrSessionState } from '@openiort/contract';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addPatientThroughApi } from './api-records.ts';
import { openWatchedPage, screenshot, useChromium, type WatchedPage } from './browser.ts';
import { useOwnServer, type Account } from './own-server.ts';
import {
  api,
  confirmTimeOuts,
  demonstrationPlanMeaning,
  expectAgreement,
  recordOutputCheck,
  statusBadge,
} from './or-room.ts';
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
    await api(s, 'POST', `/api/patients/${patientId}/evaluations`, { facts: PREOPERATIVE });
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
    await api(p, 'POST', `/api/patients/${patientId}/plans`, {
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

test('in the operating room: the final plan from the measured strength, one delivery on two devices with an interruption and a source change, the sign-out, the reconciliation and the treatment record signed by both', async () => {
  const p = physicist.page;
  const o = oncologist.page;
  const n = nurse.page;
  const caseId = caseUrl.split('/').at(-1) ?? '';
  // The final plan, linked to the case. Its prescription is short (1.5 Gy) only so that the
  // delivery runs out in real time inside this test.
  const plan = await api<{ id: string }>(p, 'POST', `/api/patients/${patientId}/plans`, {
    sourceId: 'demo-50kv-ebx',
    input: {
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 1.5, to: 'surface' },
      skinDistanceCm: 1.2,
      chestWallDistanceCm: 1.5,
    },
  });
  await api(p, 'POST', `/api/cases/${caseId}/plans`, { planId: plan.id, kind: 'final' });
  const signPlan = async (version: number) => {
    for (const [page, account] of [
      [p, PHYSICIST],
      [o, ONCOLOGIST],
    ] as const)
      await api(page, 'POST', `/api/plans/${plan.id}/signatures`, {
        password: account.password,
        meaning: demonstrationPlanMeaning(account.role),
        version,
      });
  };
  await signPlan(1);
  // The session joins the case by itself: the case links its plan.
  const opened = await api<OrSessionState>(p, 'POST', `/api/plans/${plan.id}/or-sessions`, {});
  expect(opened.caseId).toBe(caseId);
  const sessionPath = `/app/or-sessions/${opened.id}`;
  await confirmTimeOuts(p, opened.id);
  // The output check measures 10 150 U; the plan used the model's nominal 10 000 U.
  await recordOutputCheck(p, opened.id, 10_150);
  await p.goto(sessionPath);
  await p.getByRole('heading', { level: 1, name: 'OR session' }).waitFor();
  await p
    .getByText(/uses the source model's nominal strength .* measured 10150\.0 U/)
    .first()
    .waitFor();
  const start = p.getByRole('button', { name: 'Start', exact: true });
  expect(await start.isDisabled()).toBe(true);
  const finalPlan = p.getByRole('form', { name: 'Final plan' });
  await finalPlan.getByLabel(/^Balloon fill volume/).fill('48');
  await finalPlan.getByRole('button', { name: 'Recompute the final plan' }).click();
  await p.getByText('Plan version 2 saved').waitFor();
  await screenshot(p, 'or-final-plan-recomputed');
  await signPlan(2);
  // The signatures reach the console at once (the plan routes tell the room), not on a heartbeat.
  await expect.poll(() => start.isEnabled(), { timeout: 10_000, interval: 250 }).toBe(true);

  // The nurse's tablet follows on the wall display.
  n.setDefaultTimeout(45_000);
  p.setDefaultTimeout(45_000);
  await n.goto(`${sessionPath}?display=wall`);
  await n.getByTestId('remaining-total').waitFor();
  await start.click();
  await statusBadge(n, 'delivering').waitFor();
  await n.waitForTimeout(2000);
  await expectAgreement(p, n);

  await p.getByRole('button', { name: 'Interrupt', exact: true }).click();
  const dialog = p.getByRole('dialog');
  await dialog.getByLabel('Source failure').check();
  await dialog.getByLabel('Machine stopped the beam').check();
  await dialog.getByRole('button', { name: 'Interrupt', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await statusBadge(n, 'interrupted').waitFor();
  await p.getByRole('button', { name: 'Source change' }).click();
  const change = p.getByRole('dialog');
  await change.getByLabel(/Measured air-kerma strength/).fill('10900');
  await change.getByRole('button', { name: 'Record source change' }).click();
  await change.waitFor({ state: 'hidden' });
  await expectAgreement(p, n);
  await p.getByRole('button', { name: 'Resume' }).click();
  await statusBadge(n, 'delivering').waitFor();
  await expectAgreement(p, n);
  const complete = p.getByRole('button', { name: 'Complete' });
  await expect.poll(() => complete.isDisabled(), { timeout: 150_000, interval: 250 }).toBe(false);
  await complete.click();
  await statusBadge(n, 'complete').waitFor();

  // The sign-out on the nurse's tablet, after the beam.
  await n.goto(sessionPath);
  const signOut = n.getByRole('region', { name: /WHO sign-out/ });
  await signOut.getByRole('button', { name: 'Confirm' }).first().waitFor();
  while ((await signOut.getByRole('button', { name: 'Confirm' }).count()) > 0) {
    const before = await signOut.getByRole('button', { name: 'Confirm' }).count();
    await signOut.getByRole('button', { name: 'Confirm' }).first().click();
    await expect
      .poll(() => signOut.getByRole('button', { name: 'Confirm' }).count())
      .toBeLessThan(before);
  }

  // The physicist types the controller's times: as the session recorded them.
  const state = await api<OrSessionState>(p, 'GET', `/api/or-sessions/${opened.id}`);
  await p.getByText('Type the times').click();
  for (const d of state.dwells)
    await p
      .getByLabel(`Controller time of dwell ${String(d.index + 1)}, seconds`)
      .fill(d.deliveredTimeS.toFixed(1));
  await p.getByRole('button', { name: 'Compare with the session' }).click();
  await p.getByText('No differences').waitFor();

  // The treatment record: the physics review, then the approval of delivery.
  const record = p.getByRole('region', { name: 'Treatment record' });
  await record.getByText('Draft — not signed').waitFor();
  await record.getByRole('button', { name: 'Sign the treatment record' }).click();
  await p.getByTestId('record-meaning').waitFor();
  await p.getByLabel(/^Your password/).fill(PHYSICIST.password);
  await p.getByRole('button', { name: 'Sign', exact: true }).click();
  await record.getByText('Partly signed').waitFor();
  await o.goto(sessionPath);
  const oRecord = o.getByRole('region', { name: 'Treatment record' });
  await oRecord.getByRole('button', { name: 'Sign the treatment record' }).click();
  await o.getByLabel(/^Your password/).fill(ONCOLOGIST.password);
  await o.getByRole('button', { name: 'Sign', exact: true }).click();
  await oRecord.getByText('Signed', { exact: true }).waitFor();
  await oRecord.getByText('Locked').waitFor();
  await screenshot(o, 'or-treatment-record-signed');
  await o.setViewportSize({ width: 360, height: 800 });
  await oRecord.scrollIntoViewIfNeeded();
  await screenshot(o, 'or-treatment-record-signed-360');
  expect(await o.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await o.setViewportSize({ width: 1280, height: 900 });
  const pdf = await o.evaluate(async (url) => {
    const response = await fetch(url);
    return {
      type: response.headers.get('content-type'),
      bytes: (await response.arrayBuffer()).byteLength,
    };
  }, `/api/or-sessions/${opened.id}/record.pdf`);
  expect(pdf.type).toBe('application/pdf');
  expect(pdf.bytes).toBeGreaterThan(10_000);

  // The case: the delivery step is done, with the signed record.
  await openCase(o, caseUrl);
  const delivery = step(o, 'delivery');
  expect(await delivery.getAttribute('data-state')).toBe('done');
  await delivery.getByText('Record signed').waitFor();
}, 420_000);

test(
  'after the operation the surgeon links final pathology, shown beside the pre-operative answers',
  async () => {
    const s = surgeon.page;
    // 7. After the operation the surgeon links the final pathology, entered once as an evaluation.
    await api(s, 'POST', `/api/patients/${patientId}/evaluations`, { facts: FINAL_PATHOLOGY });
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

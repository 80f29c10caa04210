import {
  signatureMeaning,
  type OrSessionState,
  type SessionChecksDto,
  type StoredPlan,
} from '@openiort/contract';
import { addPatient } from './candidacy-fixtures.ts';
import { DEMO_ID, PLAN_INPUT, createPlanFor, planRequest } from './plan-fixtures.ts';
import { TEST_PASSWORD, type TestApp } from './test-app.ts';

/** The strength the fixtures' output checks measure and their final plans use, U. */
export const MEASURED_STRENGTH_U = 10_000;

/** Signs the plan's current version as the cookie's signer (physicist or radiation oncologist). */
export async function signAs(
  t: TestApp,
  cookie: string,
  plan: StoredPlan,
  role: 'medical-physicist' | 'radiation-oncologist',
): Promise<void> {
  const response = await planRequest(t, cookie, 'POST', `/api/plans/${plan.id}/signatures`, {
    password: TEST_PASSWORD,
    meaning: signatureMeaning(role, plan.demonstration),
    version: plan.version,
  });
  if (response.statusCode !== 201) throw new Error(`could not sign: ${response.body}`);
}

/** A fictional patient's plan (demonstration model), signed by both when `signed`. */
export async function planForDelivery(
  t: TestApp,
  physicist: string,
  oncologist: string,
  signed = true,
): Promise<StoredPlan> {
  const patient = await addPatient(t, oncologist);
  // A final plan made from today's measured strength (the demonstration model's nominal 10,000 U).
  const plan = await createPlanFor(t, physicist, patient.id, DEMO_ID, {
    ...PLAN_INPUT,
    airKermaStrengthU: MEASURED_STRENGTH_U,
  });
  if (signed) {
    await signAs(t, physicist, plan, 'medical-physicist');
    await signAs(t, oncologist, plan, 'radiation-oncologist');
  }
  return plan;
}

export async function openSession(
  t: TestApp,
  cookie: string,
  planId: string,
  body: unknown = {},
): Promise<OrSessionState> {
  const response = await planRequest(t, cookie, 'POST', `/api/plans/${planId}/or-sessions`, body);
  if (response.statusCode !== 201) throw new Error(`could not open a session: ${response.body}`);
  return response.json<OrSessionState>();
}

/** Posts one event; returns the raw response. */
export function postEvent(t: TestApp, cookie: string, sessionId: string, body: unknown) {
  return planRequest(t, cookie, 'POST', `/api/or-sessions/${sessionId}/events`, body);
}

export const seconds = (t: TestApp, s: number) => {
  t.clock.advanceMinutes(s / 60);
};

/** An output check as a physicist enters it, measured now at `strengthU` against `expectedU`. */
export function outputCheckBody(now: Date, strengthU: number, expectedU = strengthU) {
  const calibrated = new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    sourceSerial: 'DEMO-TUBE-0001',
    chamber: { serial: 'DEMO-WELL-01', calibrationDate: calibrated },
    electrometer: { serial: 'DEMO-ELEC-01', calibrationDate: calibrated },
    temperatureC: 21.5,
    pressureKPa: 101.2,
    reading: { value: 12.3, unit: 'nA' },
    measuredAirKermaStrengthU: strengthU,
    expected: { airKermaStrengthU: expectedU, basis: 'source-certificate' },
    measuredAt: now.toISOString(),
  };
}

/** Records an output check; returns the raw response. */
export function postOutputCheck(t: TestApp, cookie: string, sessionId: string, body: unknown) {
  return planRequest(t, cookie, 'POST', `/api/or-sessions/${sessionId}/output-checks`, body);
}

/** Answers one checklist item; returns the raw response. */
export function postAnswer(
  t: TestApp,
  cookie: string,
  sessionId: string,
  checklistKey: string,
  itemId: string,
  body: unknown,
) {
  return planRequest(
    t,
    cookie,
    'POST',
    `/api/or-sessions/${sessionId}/checklists/${checklistKey}/items/${itemId}/answers`,
    body,
  );
}

/** Confirms every item of one checklist as the cookie's person, through the API. */
export async function confirmChecklist(
  t: TestApp,
  cookie: string,
  sessionId: string,
  checklistKey: string,
): Promise<void> {
  const checks = await planRequest(t, cookie, 'GET', `/api/or-sessions/${sessionId}/checks`);
  const checklist = checks.json<SessionChecksDto>().checklists.find((c) => c.key === checklistKey);
  if (checklist === undefined) throw new Error(`no checklist ${checklistKey}`);
  for (const item of checklist.template.items) {
    const response = await postAnswer(t, cookie, sessionId, checklistKey, item.id, {
      answer: 'yes',
    });
    if (response.statusCode !== 201) throw new Error(`could not answer: ${response.body}`);
  }
}

/**
 * Satisfies the beam-on gates other than the signatures, through the API, as a physicist: both
 * time-outs confirmed and a passing output check at the plan's strength.
 */
export async function prepareForBeamOn(
  t: TestApp,
  physicist: string,
  session: Pick<OrSessionState, 'id' | 'plannedAirKermaStrengthU'>,
): Promise<void> {
  await confirmChecklist(t, physicist, session.id, 'who-time-out');
  await confirmChecklist(t, physicist, session.id, 'iort-time-out');
  const response = await postOutputCheck(
    t,
    physicist,
    session.id,
    outputCheckBody(t.ctx.now(), session.plannedAirKermaStrengthU),
  );
  if (response.statusCode !== 201) throw new Error(`could not record the check: ${response.body}`);
}

/** Enters the controller's per-dwell times as the session recorded them (no differences). */
export async function reconcileAsRecorded(
  t: TestApp,
  physicist: string,
  sessionId: string,
): Promise<void> {
  const state = await planRequest(t, physicist, 'GET', `/api/or-sessions/${sessionId}`);
  const dwells = state.json<OrSessionState>().dwells;
  const response = await planRequest(
    t,
    physicist,
    'POST',
    `/api/or-sessions/${sessionId}/reconciliation`,
    {
      source: 'manual',
      controllerTimesS: dwells.map((d) => Math.round(d.deliveredTimeS * 10) / 10),
    },
  );
  if (response.statusCode !== 201) throw new Error(`could not reconcile: ${response.body}`);
}

import { signatureMeaning, type OrSessionState, type StoredPlan } from '@openiort/contract';
import { addPatient } from './candidacy-fixtures.ts';
import { createPlanFor, planRequest } from './plan-fixtures.ts';
import { TEST_PASSWORD, type TestApp } from './test-app.ts';

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
  const plan = await createPlanFor(t, physicist, patient.id);
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

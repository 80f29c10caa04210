import type { Page } from 'playwright-core';

/**
 * Adds a patient through the API from a signed-in page (same origin, same session), for tests
 * whose subject is not the patient form; returns the new id.
 */
export async function addPatientThroughApi(page: Page, patient: object): Promise<string> {
  const created = await page.evaluate(async (input) => {
    const response = await fetch('/api/patients', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { id: string };
  }, patient);
  return created.id;
}

import type { Patient } from '@openiort/contract';
import { DEFAULT_PROGRAM_CRITERIA } from '@openiort/guidelines';
import { browserHeaders, type TestApp } from './test-app.ts';

/** A fictional pre-operative case inside the program's default criteria (older than 60). */
export const PREOPERATIVE_FACTS = {
  phase: 'preoperative',
  ageYears: 67,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 14,
  grade: 1,
  erStatus: 'positive',
  her2Status: 'negative',
  clinicalNodalStage: 'cN0',
} as const;

export const FINAL_PATHOLOGY_FACTS = {
  ...PREOPERATIVE_FACTS,
  phase: 'final-pathology',
  invasiveSizeMm: 16,
  pathologicNodalStage: 'pN0',
  closestMarginMm: 4,
  lvsi: 'none',
} as const;

/** The default criteria as an administrator would send them (no version). */
export function criteriaInput(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const { version: _version, ...criteria } = DEFAULT_PROGRAM_CRITERIA;
  return { ...criteria, ...changes };
}

let patients = 0;

/** Adds a fictional patient through the API and returns it. */
export async function addPatient(t: TestApp, cookie: string): Promise<Patient> {
  patients += 1;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/patients',
    headers: browserHeaders(cookie),
    payload: {
      mrn: `T-EVAL-${String(patients)}`,
      familyName: 'Testperson',
      givenName: `Eval ${String(patients)}`,
      birthDate: '1959-04-01',
      sex: 'female',
      preferredLanguage: 'en',
    },
  });
  if (response.statusCode !== 201) throw new Error(`could not add a patient: ${response.body}`);
  return response.json<Patient>();
}

/** Rows in a table, to show that something stored nothing. */
export async function countRows(
  t: TestApp,
  table: 'evaluations' | 'audit_log' | 'program_criteria_versions' | 'plans',
): Promise<number> {
  const row = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

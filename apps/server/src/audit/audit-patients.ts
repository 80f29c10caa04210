import type { AuditEntry } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type AuditPatient = NonNullable<AuditEntry['patient']>;
type RecordRef = { recordType: string | null; recordId: string | null };

/**
 * The patient each row concerns, for a whole page in three queries (plans and cases to patients,
 * then the patients), keyed by "type:id".
 */
export async function patientsOfRecords(
  db: Kysely<Database>,
  rows: readonly RecordRef[],
): Promise<Map<string, AuditPatient>> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.recordType === type).flatMap((r) => r.recordId ?? [])),
  ];
  const planIds = ids('plan');
  const plans =
    planIds.length === 0
      ? []
      : await db
          .selectFrom('plans')
          .select(['id', 'patient_id'])
          .where('id', 'in', planIds)
          .execute();
  const caseIds = ids('case');
  const cases =
    caseIds.length === 0
      ? []
      : await db
          .selectFrom('cases')
          .select(['id', 'patient_id'])
          .where('id', 'in', caseIds)
          .execute();
  const patientIds = [
    ...new Set([
      ...ids('patient'),
      ...plans.map((p) => p.patient_id),
      ...cases.map((c) => c.patient_id),
    ]),
  ];
  const patients =
    patientIds.length === 0
      ? []
      : await db
          .selectFrom('patients')
          .select(['id', 'mrn', 'family_name', 'given_name'])
          .where('id', 'in', patientIds)
          .execute();
  const byId = new Map<string, AuditPatient>(
    patients.map((p) => [
      p.id,
      { id: p.id, mrn: p.mrn, familyName: p.family_name, givenName: p.given_name },
    ]),
  );
  const result = new Map<string, AuditPatient>();
  for (const [id, patient] of byId) result.set(`patient:${id}`, patient);
  for (const plan of plans) {
    const patient = byId.get(plan.patient_id);
    if (patient !== undefined) result.set(`plan:${plan.id}`, patient);
  }
  for (const one of cases) {
    const patient = byId.get(one.patient_id);
    if (patient !== undefined) result.set(`case:${one.id}`, patient);
  }
  return result;
}

/** The key patientsOfRecords uses for a row. */
export function recordKey(row: RecordRef): string {
  return `${row.recordType ?? ''}:${row.recordId ?? ''}`;
}

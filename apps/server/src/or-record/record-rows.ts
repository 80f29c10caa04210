import {
  RECORD_SIGNATURE_KINDS,
  type PlanInputDto,
  type PlanOutputDto,
  type Role,
  type SigningRole,
  type TreatmentRecordAddendum,
  type TreatmentRecordSignature,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadPlan, noPlan } from '../dosimetry/plan-service.ts';
import { planVersion } from '../or-session/session-facts.ts';
import { noPatient } from '../patients/patient-records.ts';
import { toPatient } from '../patients/patient-rows.ts';
import type { DeliveredPlan } from './treatment-record.ts';

/** The plan version a session delivered, with the signatures given to that version. */
export async function deliveredPlan(
  db: Kysely<Database>,
  planId: string,
  version: number,
): Promise<DeliveredPlan> {
  const row = await planVersion(db, planId, version);
  const plan = await loadPlan(db, planId);
  if (plan === undefined) throw noPlan(planId);
  return {
    id: planId,
    version,
    sourceModelId: row.source_model_id,
    sourceModelChecksum: row.source_model_checksum,
    engineVersion: row.engine_version,
    limitsVersion: row.limits_version,
    input: JSON.parse(row.input_json) as PlanInputDto,
    output: JSON.parse(row.output_json) as PlanOutputDto,
    signatures: [...plan.signatures, ...plan.formerSignatures].filter(
      (s) => s.planVersion === version,
    ),
  };
}

export async function loadPatient(db: Kysely<Database>, patientId: string) {
  const row = await db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (row === undefined) throw noPatient(patientId);
  return toPatient(row);
}

export async function loadRecordSignatures(
  db: Kysely<Database>,
  sessionId: string,
): Promise<TreatmentRecordSignature[]> {
  const rows = await db
    .selectFrom('or_record_signatures')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('signed_at')
    .orderBy('role')
    .execute();
  return rows.map((r) => {
    const role = r.role as SigningRole;
    return {
      role,
      kind: RECORD_SIGNATURE_KINDS[role],
      userId: r.user_id,
      userName: r.user_name,
      meaning: r.meaning,
      contentHash: r.content_hash,
      signedAt: r.signed_at,
      authMethod: r.auth_method === 'oidc' ? 'oidc' : 'password',
      authTime: r.auth_time,
    };
  });
}

export async function loadAddenda(
  db: Kysely<Database>,
  sessionId: string,
): Promise<TreatmentRecordAddendum[]> {
  const rows = await db
    .selectFrom('or_record_addenda')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    text: r.text,
    by: { id: r.author_id, displayName: r.author_name, role: r.author_role as Role },
    at: r.added_at,
  }));
}

/** Whether the session's treatment record carries a signature (and so is locked). */
export async function isRecordLocked(db: Kysely<Database>, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('or_record_signatures')
    .select('role')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}

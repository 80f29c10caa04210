import {
  SIGNATURE_KINDS,
  isSigningRole,
  type PlanInputDto,
  type PlanOutputDto,
  type PersonRef,
  type PlanSignature,
  type SkinDistanceOverride,
  type Role,
  type StoredPlan,
} from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlanSignaturesTable, PlansTable } from '../db/schema.ts';

export type PlanRow = Selectable<PlansTable> & {
  creator_email: string;
  creator_name: string;
  updater_email: string;
  updater_name: string;
};

export function selectPlans(db: Kysely<Database>) {
  return db
    .selectFrom('plans as p')
    .innerJoin('users as c', 'c.id', 'p.created_by')
    .innerJoin('users as u', 'u.id', 'p.updated_by')
    .selectAll('p')
    .select([
      'c.email as creator_email',
      'c.display_name as creator_name',
      'u.email as updater_email',
      'u.display_name as updater_name',
    ]);
}

/** Signatures of these plans, oldest first. */
export function signaturesOf(
  db: Kysely<Database>,
  planIds: readonly string[],
): Promise<Selectable<PlanSignaturesTable>[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_signatures')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
}

export function toSignature(row: Selectable<PlanSignaturesTable>): PlanSignature {
  const role = row.role as Role;
  return {
    id: row.id,
    planId: row.plan_id,
    planVersion: row.plan_version,
    userId: row.user_id,
    userName: row.user_name,
    role,
    kind: isSigningRole(role) ? SIGNATURE_KINDS[role] : role,
    meaning: row.meaning,
    signedAt: row.signed_at,
    authMethod: row.auth_method === 'oidc' ? 'oidc' : 'password',
    authTime: row.auth_time,
  };
}

/**
 * JSON columns were written by this server from engine-checked values, so they are read as they
 * are. Only signatures of the current version count; older ones are kept as former.
 */
export function toStoredPlan(
  row: PlanRow,
  signatureRows: readonly Selectable<PlanSignaturesTable>[],
): StoredPlan {
  const own = signatureRows.filter((s) => s.plan_id === row.id).map(toSignature);
  const input = JSON.parse(row.input_json) as PlanInputDto;
  const output = JSON.parse(row.output_json) as PlanOutputDto;
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    sourceModelId: row.source_model_id,
    sourceModelChecksum: row.source_model_checksum,
    input,
    output,
    engineVersion: row.engine_version,
    demonstration: row.demonstration === 1,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, email: row.creator_email, displayName: row.creator_name },
    updatedAt: row.updated_at,
    updatedBy: { id: row.updated_by, email: row.updater_email, displayName: row.updater_name },
    signatures: own.filter((s) => s.planVersion === row.version),
    formerSignatures: own.filter((s) => s.planVersion !== row.version),
    limitsVersion: row.limits_version,
    skinDistanceOverride: appliedOverride(
      input,
      output,
      { id: row.updated_by, email: row.updater_email, displayName: row.updater_name },
      row.updated_at,
    ),
  };
}

/**
 * The override of the minimum skin distance, when this version was computed under one: the
 * version's author is the radiation oncologist who decided it (plan-compute.ts drops anyone
 * else's).
 */
export function appliedOverride(
  input: PlanInputDto,
  output: PlanOutputDto,
  by: PersonRef,
  at: string,
): SkinDistanceOverride | null {
  const reason = input.skinDistanceOverride?.reason;
  if (reason === undefined || output.status !== 'ok') return null;
  if (!(input.skinDistanceCm < output.limits.minSkinDistanceCm)) return null;
  return { reason, by, at };
}

/** What an audit row keeps of a plan: inputs and the headline results, not the DVH. */
export function planAuditSnapshot(plan: StoredPlan) {
  return {
    patientId: plan.patientId,
    version: plan.version,
    sourceModelId: plan.sourceModelId,
    sourceModelChecksum: plan.sourceModelChecksum,
    engineVersion: plan.engineVersion,
    demonstration: plan.demonstration,
    limitsVersion: plan.limitsVersion,
    skinDistanceOverride: plan.skinDistanceOverride,
    input: plan.input,
    status: plan.output.status,
    totalTimeS: plan.output.totalTimeS,
  };
}

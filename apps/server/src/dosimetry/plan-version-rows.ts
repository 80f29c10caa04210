import type { PlanInputDto, PlanOutputDto, PlanSignature, StoredPlan } from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlanVersionsTable } from '../db/schema.ts';
import { appliedOverride } from './plan-rows.ts';

type PlanVersionRow = Selectable<PlanVersionsTable> & { saver_email: string; saver_name: string };

export function selectPlanVersions(db: Kysely<Database>) {
  return db
    .selectFrom('plan_versions as v')
    .innerJoin('users as u', 'u.id', 'v.saved_by')
    .selectAll('v')
    .select(['u.email as saver_email', 'u.display_name as saver_name']);
}

/**
 * One saved version as a stored plan of its own: its inputs and result, who saved it and when,
 * and the signatures given to that version (they count only while it is the current one).
 */
export function toVersionSnapshot(
  plan: StoredPlan,
  row: PlanVersionRow,
  signatures: readonly PlanSignature[],
): StoredPlan {
  const input = JSON.parse(row.input_json) as PlanInputDto;
  const output = JSON.parse(row.output_json) as PlanOutputDto;
  const savedBy = { id: row.saved_by, email: row.saver_email, displayName: row.saver_name };
  const own = signatures.filter((s) => s.planVersion === row.version);
  return {
    ...plan,
    version: row.version,
    sourceModelId: row.source_model_id,
    sourceModelChecksum: row.source_model_checksum,
    input,
    output,
    engineVersion: row.engine_version,
    demonstration: row.demonstration === 1,
    updatedAt: row.saved_at,
    updatedBy: savedBy,
    signatures: own,
    formerSignatures: [],
    limitsVersion: row.limits_version,
    skinDistanceOverride: appliedOverride(input, output, savedBy, row.saved_at),
  };
}

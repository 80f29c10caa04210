import type { OrSessionState, PlanInputDto, PlanOutputDto, StoredPlan } from '@openiort/contract';
import type { DeliveryPlan } from '@openiort/dosimetry';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadPlan, noPlan } from '../dosimetry/plan-service.ts';
import { findSourceModel } from '../dosimetry/source-model-store.ts';
import { AppError } from '../http/app-error.ts';
import { limitsInForce } from '../program-limits/limits-service.ts';
import type { BeamOnGate } from './beam-on-gates.ts';
import { followedPlanVersion, loadEvents, type SessionRow } from './or-session-rows.ts';
import { sessionState, type SessionFacts } from './session-state.ts';
import { plausibleStrengthRange } from './strength-range.ts';

/**
 * What the engine needs of one stored plan version, or why it cannot be delivered. A plan saved
 * before OpenIORT recorded each dwell's share of the prescription dose cannot give a delivered
 * dose: that is named, not guessed.
 */
export function deliveryPlanOf(
  version: number,
  input: PlanInputDto,
  output: PlanOutputDto,
): DeliveryPlan {
  if (output.status !== 'ok')
    throw new AppError(
      'plan-refused',
      `Plan version ${String(version)} was refused by the engine; it cannot be delivered.`,
    );
  const shares = output.referenceContributionsGy;
  if (shares?.length !== output.dwells.length)
    throw new AppError(
      'delivery-refused',
      `Indeterminate: plan version ${String(version)} has no per-dwell share of the prescription dose (saved before OpenIORT recorded it). Save the plan again to recompute it, then sign it.`,
    );
  return {
    dwells: output.dwells,
    airKermaStrengthU: output.airKermaStrengthU,
    referenceContributionsGy: shares,
    prescribedDoseGy: input.prescription.doseGy,
  };
}

/** One stored plan version (plan_versions row). */
export async function planVersion(db: Kysely<Database>, planId: string, version: number) {
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (row === undefined) throw noPlan(planId);
  return row;
}

async function deliverablePlan(db: Kysely<Database>, planId: string, deliveredVersion: number) {
  const version = await planVersion(db, planId, deliveredVersion);
  const plan = deliveryPlanOf(
    deliveredVersion,
    JSON.parse(version.input_json) as PlanInputDto,
    JSON.parse(version.output_json) as PlanOutputDto,
  );
  return { deliveredVersion, plan, version };
}

/** Everything a state needs besides the events: the delivered version, the band, the gates. */
export async function loadSessionFacts(
  db: Kysely<Database>,
  row: SessionRow,
  gates: readonly BeamOnGate[],
): Promise<SessionFacts & { currentPlan: StoredPlan }> {
  const currentPlan = await loadPlan(db, row.plan_id);
  if (currentPlan === undefined) throw noPlan(row.plan_id);
  // Until beam-on the session follows the plan as it is now: the final plan is made in the room
  // (measured strength, fill volume, distances) and signed there. The start event fixes it.
  // A refused edit leaves the session showing the version it was opened with; the final-plan gate
  // then says why the beam cannot go on.
  const followed = followedPlanVersion({ ...row, current_plan_version: currentPlan.version });
  const deliverable = await deliverablePlan(db, row.plan_id, followed).catch((error: unknown) => {
    if (followed === row.plan_version || !(error instanceof AppError)) throw error;
    return deliverablePlan(db, row.plan_id, row.plan_version);
  });
  const { deliveredVersion, plan, version } = deliverable;
  const model = await findSourceModel(db, version.source_model_id);
  const { limits } = await limitsInForce(db);
  const context = {
    sessionId: row.id,
    plan: currentPlan,
    sessionPlanVersion: deliveredVersion,
    caseId: row.case_id,
  };
  const results = [];
  for (const gate of gates) {
    const verdict = await gate.check(context);
    results.push(verdict.ok ? { name: gate.name, ok: true } : { name: gate.name, ...verdict });
  }
  return {
    id: row.id,
    planId: row.plan_id,
    planVersion: deliveredVersion,
    patientId: row.patient_id,
    caseId: row.case_id,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, email: row.creator_email, displayName: row.creator_name },
    plan,
    demonstration: version.demonstration === 1,
    strengthRange: plausibleStrengthRange(
      model?.model.nominalAirKermaStrengthU,
      plan.airKermaStrengthU,
      limits.strengthTolerancePercent,
    ),
    reportableDeviationPercent: limits.reportableDeviationPercent,
    gates: results,
    currentPlan,
  };
}

/**
 * A session's state at `now`, judging `gates` — none for what follows a finished delivery (the
 * reconciliation, the treatment record), which only needs the replayed times.
 */
export async function sessionStateOf(
  db: Kysely<Database>,
  row: SessionRow,
  now: Date,
  gates: readonly BeamOnGate[] = [],
): Promise<OrSessionState> {
  const facts = await loadSessionFacts(db, row, gates);
  return sessionState(facts, await loadEvents(db, row.id), now);
}

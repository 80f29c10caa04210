import { randomUUID } from 'node:crypto';
import type { SessionUser, StoredPlan } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields } from '../http/validate.ts';
import { listUnderPatient, noPatient, patientExists } from '../patients/patient-records.ts';
import { computePlan, type ComputedPlan } from './plan-compute.ts';
import { parsePlanBody } from './plan-request.ts';
import { planAuditSnapshot, selectPlans, signaturesOf, toStoredPlan } from './plan-rows.ts';
import { selectPlanVersions, toVersionSnapshot } from './plan-version-rows.ts';
import { findSourceModel } from './source-model-store.ts';
import { limitsInForce } from '../program-limits/limits-service.ts';

export const noPlan = (id: string) => new AppError('not-found', `No plan with id ${id}.`);

function signedInId(actor: Actor): string {
  if (actor.id === null) throw new AppError('unauthenticated', 'Sign in to make a plan.');
  return actor.id;
}

/** One plan with all its signatures, or undefined. */
export async function loadPlan(
  db: Kysely<Database>,
  planId: string,
): Promise<StoredPlan | undefined> {
  const row = await selectPlans(db).where('p.id', '=', planId).executeTakeFirst();
  return row === undefined ? undefined : toStoredPlan(row, await signaturesOf(db, [row.id]));
}

/**
 * Checks the body, finds the model and the program limits in force, and runs the engine, all
 * before any transaction.
 */
async function planFromBody(
  ctx: ServiceContext,
  body: unknown,
  withVersion: boolean,
  author: SessionUser,
) {
  const request = parsePlanBody(body, withVersion);
  const resolved = await findSourceModel(ctx.db, request.sourceId);
  if (resolved === undefined) {
    throw invalidFields('plan request', [
      { path: 'sourceId', message: `no source model with id ${request.sourceId}` },
    ]);
  }
  const inForce = await limitsInForce(ctx.db);
  const computed: ComputedPlan = computePlan(
    resolved,
    request.input,
    'input.',
    inForce,
    author.role,
  );
  return { request, resolved, computed };
}

/** Keeps a saved version whole, so an edit never hides what was saved before it. */
async function keepVersion(
  trx: Kysely<Database>,
  planId: string,
  version: number,
  columns: ReturnType<typeof computedColumns>,
  savedAt: string,
  savedBy: string,
): Promise<void> {
  await trx
    .insertInto('plan_versions')
    .values({ plan_id: planId, version, ...columns, saved_at: savedAt, saved_by: savedBy })
    .execute();
}

/** Columns of a (re)computed plan. */
function computedColumns(planned: Awaited<ReturnType<typeof planFromBody>>) {
  return {
    source_model_id: planned.resolved.model.id,
    source_model_checksum: planned.resolved.checksum,
    input_json: JSON.stringify(planned.computed.input),
    output_json: JSON.stringify(planned.computed.output),
    engine_version: planned.computed.engineVersion,
    limits_version: planned.computed.limitsVersion,
    demonstration: planned.resolved.model.provenance.clinicalUse ? 0 : 1,
  };
}

/**
 * Computes a plan with the engine and stores inputs, outputs, engine version and model checksum
 * under the patient. A plan the engine refuses (too close to the skin, say) is stored too, so the
 * refusal is on record; it can never be signed.
 */
export async function createPlan(
  ctx: ServiceContext,
  patientId: string,
  body: unknown,
  author: SessionUser,
  actor: Actor,
): Promise<StoredPlan> {
  const userId = signedInId(actor);
  if (!(await patientExists(ctx.db, patientId))) throw noPatient(patientId);
  const planned = await planFromBody(ctx, body, false, author);
  const now = ctx.now().toISOString();
  const id = randomUUID();
  return withAudit(
    ctx,
    async (trx) => {
      await trx
        .insertInto('plans')
        .values({
          id,
          patient_id: patientId,
          version: 1,
          ...computedColumns(planned),
          created_at: now,
          created_by: userId,
          updated_at: now,
          updated_by: userId,
        })
        .execute();
      await keepVersion(trx, id, 1, computedColumns(planned), now, userId);
      const stored = await loadPlan(trx, id);
      if (stored === undefined) throw noPlan(id);
      return stored;
    },
    (plan) => ({
      actor,
      action: 'plan.create',
      outcome: 'success',
      recordType: 'plan',
      recordId: plan.id,
      after: planAuditSnapshot(plan),
    }),
  );
}

/** A patient's plans, newest first; the read is audited under the patient. */
export async function listPlans(
  ctx: ServiceContext,
  patientId: string,
  actor: Actor,
): Promise<StoredPlan[]> {
  return listUnderPatient(ctx, patientId, actor, 'plan.read', async (db) => {
    const rows = await selectPlans(db)
      .where('p.patient_id', '=', patientId)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id', 'desc')
      .execute();
    const signatures = await signaturesOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => toStoredPlan(row, signatures));
  });
}

export async function getPlan(
  ctx: ServiceContext,
  planId: string,
  actor: Actor,
): Promise<StoredPlan> {
  const plan = await loadPlan(ctx.db, planId);
  await recordAudit(ctx, {
    actor,
    action: 'plan.read',
    outcome: plan === undefined ? 'failure' : 'success',
    recordType: 'plan',
    recordId: planId,
    detail:
      plan === undefined
        ? { reason: 'not-found' }
        : { patientId: plan.patientId, version: plan.version },
  });
  if (plan === undefined) throw noPlan(planId);
  return plan;
}

/**
 * Every saved version of a plan, newest first, each with the signatures of that version (only the
 * current version's signatures count). The read is audited like reading the plan.
 */
export async function listPlanVersions(
  ctx: ServiceContext,
  planId: string,
  actor: Actor,
): Promise<StoredPlan[]> {
  const current = await loadPlan(ctx.db, planId);
  const rows =
    current === undefined
      ? []
      : await selectPlanVersions(ctx.db)
          .where('v.plan_id', '=', planId)
          .orderBy('v.version', 'desc')
          .execute();
  await recordAudit(ctx, {
    actor,
    action: 'plan.read',
    outcome: current === undefined ? 'failure' : 'success',
    recordType: 'plan',
    recordId: planId,
    detail:
      current === undefined
        ? { reason: 'not-found' }
        : { patientId: current.patientId, versions: rows.map((r) => r.version) },
  });
  if (current === undefined) throw noPlan(planId);
  const signatures = [...current.signatures, ...current.formerSignatures];
  return rows.map((row) => toVersionSnapshot(current, row, signatures));
}

export function staleVersion(what: string, sent: number, current: number): AppError {
  return new AppError(
    'version-conflict',
    `This plan was changed (you ${what} version ${String(sent)}, the saved version is ${String(current)}). Nothing was changed; reload the plan.`,
    { extra: { currentVersion: current } },
  );
}

/**
 * Recomputes an edited plan and saves it as the next version, if nobody saved since the editor
 * loaded it. Signatures of earlier versions stay on record but no longer count.
 */
export async function updatePlan(
  ctx: ServiceContext,
  planId: string,
  body: unknown,
  author: SessionUser,
  actor: Actor,
): Promise<StoredPlan> {
  const userId = signedInId(actor);
  const planned = await planFromBody(ctx, body, true, author);
  const version = planned.request.version ?? 0;
  const change = await withAudit(
    ctx,
    async (trx) => {
      const before = await loadPlan(trx, planId);
      if (before === undefined) throw noPlan(planId);
      if (before.version !== version) throw staleVersion('edited', version, before.version);
      const savedAt = ctx.now().toISOString();
      const result = await trx
        .updateTable('plans')
        .set({
          ...computedColumns(planned),
          version: version + 1,
          updated_at: savedAt,
          updated_by: userId,
        })
        .where('id', '=', planId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion('edited', version, version + 1);
      await keepVersion(trx, planId, version + 1, computedColumns(planned), savedAt, userId);
      const after = await loadPlan(trx, planId);
      if (after === undefined) throw noPlan(planId);
      return { before, after };
    },
    ({ before, after }) => ({
      actor,
      action: 'plan.update',
      outcome: 'success',
      recordType: 'plan',
      recordId: planId,
      before: planAuditSnapshot(before),
      after: planAuditSnapshot(after),
      detail: { signaturesNoLongerValid: before.signatures.map((s) => s.id) },
    }),
  );
  return change.after;
}

import { randomUUID } from 'node:crypto';
import { caseCreateSchema, type CaseSummary, type CaseView } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { validate } from '../http/validate.ts';
import { listUnderPatient, noPatient, patientExists } from '../patients/patient-records.ts';
import { loadCaseParts, loadOneCase } from './case-load.ts';
import { noCase, stepRefused } from './case-errors.ts';
import { todayOf } from './case-mutation.ts';
import { toCaseSummary, toCaseView } from './case-view.ts';

/**
 * Opens a case for one breast with its referral (the surgeon refers). A patient has at most one
 * open case per breast: a second is refused with `case-exists-for-breast`.
 */
export async function createCase(
  ctx: ServiceContext,
  patientId: string,
  body: unknown,
  actor: Actor,
): Promise<CaseView> {
  const input = validate(caseCreateSchema, body, 'case');
  if (!(await patientExists(ctx.db, patientId))) throw noPatient(patientId);
  const now = ctx.now().toISOString();
  const userId = actor.id ?? '';
  const id = randomUUID();
  try {
    await withAudit(
      ctx,
      async (trx) => {
        await trx
          .insertInto('cases')
          .values({
            id,
            patient_id: patientId,
            laterality: input.laterality,
            status: 'open',
            version: 1,
            closure_reason: null,
            closed_at: null,
            closed_by: null,
            created_at: now,
            created_by: userId,
            updated_at: now,
            updated_by: userId,
          })
          .execute();
        await trx
          .insertInto('case_steps')
          .values({
            case_id: id,
            step: 'referral',
            data_json: JSON.stringify(input.referral),
            version: 1,
            recorded_at: now,
            recorded_by: userId,
          })
          .execute();
      },
      () => ({
        actor,
        action: 'case.create',
        outcome: 'success',
        recordType: 'case',
        recordId: id,
        detail: { patientId },
        after: { laterality: input.laterality, referral: input.referral },
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await recordAudit(ctx, {
      actor,
      action: 'case.refused',
      outcome: 'failure',
      recordType: 'patient',
      recordId: patientId,
      detail: { attempted: 'case.create', reason: 'case-exists-for-breast' },
    });
    throw stepRefused({
      reason: 'case-exists-for-breast',
      detail: `This patient already has an open case for the ${input.laterality} breast. Open it, or close or withdraw it first.`,
    });
  }
  const parts = await loadOneCase(ctx.db, id);
  if (parts === undefined) throw noCase(id);
  return toCaseView(parts, todayOf(ctx));
}

/** One case with every step and its pathway; the read is audited. */
export async function getCase(
  ctx: ServiceContext,
  caseId: string,
  actor: Actor,
): Promise<CaseView> {
  const parts = await loadOneCase(ctx.db, caseId);
  await recordAudit(ctx, {
    actor,
    action: 'case.read',
    outcome: parts === undefined ? 'failure' : 'success',
    recordType: 'case',
    recordId: caseId,
    detail: parts === undefined ? { reason: 'not-found' } : { patientId: parts.row.patient_id },
  });
  if (parts === undefined) throw noCase(caseId);
  return toCaseView(parts, todayOf(ctx));
}

/** A patient's cases, newest first, each with the step it waits for. */
export async function listPatientCases(
  ctx: ServiceContext,
  patientId: string,
  actor: Actor,
): Promise<CaseSummary[]> {
  return listUnderPatient(ctx, patientId, actor, 'case.list', async (db) => {
    const rows = await db
      .selectFrom('cases')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    const today = todayOf(ctx);
    return (await loadCaseParts(db, rows)).map((parts) => toCaseSummary(parts, today));
  });
}

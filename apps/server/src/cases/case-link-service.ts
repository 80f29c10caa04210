import { CASE_EVALUATION_LINK, casePlanLinkSchema, type CaseView } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { validate } from '../http/validate.ts';
import { stepRefused } from './case-errors.ts';
import { mutateCase } from './case-mutation.ts';

/** A duplicate link is a conflict, said in words. */
async function rethrowDuplicate<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', what);
    throw error;
  }
}

/**
 * Links one of the patient's candidacy evaluations to the case: a pre-operative one for
 * candidacy, a final-pathology one for the final-pathology step (the facts are entered once, on
 * the candidacy page, and shared).
 */
export async function linkEvaluation(
  ctx: ServiceContext,
  caseId: string,
  body: unknown,
  actor: Actor,
): Promise<CaseView> {
  const { evaluationId } = validate(CASE_EVALUATION_LINK, body, 'evaluation link');
  const evaluation = await ctx.db
    .selectFrom('evaluations')
    .select(['id', 'patient_id', 'phase'])
    .where('id', '=', evaluationId)
    .executeTakeFirst();
  if (evaluation === undefined)
    throw new AppError('not-found', `No evaluation with id ${evaluationId}.`, {
      errors: [{ path: 'evaluationId', message: 'names no evaluation' }],
    });
  const phase =
    evaluation.phase === 'preoperative' || evaluation.phase === 'final-pathology'
      ? evaluation.phase
      : null;
  return rethrowDuplicate('This evaluation is already linked to the case.', () =>
    mutateCase(ctx, caseId, actor, {
      action: () => ({ kind: 'link-evaluation', phase }),
      audit: 'case.link',
      apply: async (trx, parts, now) => {
        if (parts.row.patient_id !== evaluation.patient_id)
          throw stepRefused({
            reason: 'evaluation-of-other-patient',
            detail: 'This evaluation belongs to another patient.',
          });
        await trx
          .insertInto('case_evaluations')
          .values({
            case_id: caseId,
            evaluation_id: evaluationId,
            linked_at: now,
            linked_by: actor.id ?? '',
          })
          .execute();
        return { detail: { link: 'evaluation', evaluationId, phase } };
      },
    }),
  );
}

/** Links one of the patient's plans as the case's pre-plan or final plan. */
export async function linkPlan(
  ctx: ServiceContext,
  caseId: string,
  body: unknown,
  actor: Actor,
): Promise<CaseView> {
  const { planId, kind } = validate(casePlanLinkSchema, body, 'plan link');
  const plan = await ctx.db
    .selectFrom('plans')
    .select(['id', 'patient_id', 'version'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (plan === undefined)
    throw new AppError('not-found', `No plan with id ${planId}.`, {
      errors: [{ path: 'planId', message: 'names no plan' }],
    });
  return rethrowDuplicate('This plan is already linked to a case.', () =>
    mutateCase(ctx, caseId, actor, {
      action: () => ({ kind: 'link-plan', planKind: kind }),
      audit: 'case.link',
      apply: async (trx, parts, now) => {
        if (parts.row.patient_id !== plan.patient_id)
          throw stepRefused({
            reason: 'plan-of-other-patient',
            detail: 'This plan belongs to another patient.',
          });
        await trx
          .insertInto('case_plans')
          .values({
            case_id: caseId,
            plan_id: planId,
            kind,
            linked_at: now,
            linked_by: actor.id ?? '',
          })
          .execute();
        return { detail: { link: 'plan', planId, kind, planVersion: plan.version } };
      },
    }),
  );
}

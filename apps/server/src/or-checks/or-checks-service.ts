import {
  answerProblem,
  ANSWER_PROBLEM_TEXT,
  checklistAnswerRequestSchema,
  type ChecklistAnswer,
  type ChecklistKey,
  type OutputCheckRecordDto,
  type SessionChecklistDto,
  type SessionChecksDto,
  type SessionUser,
  isDeliveryFinished,
} from '@openiort/contract';
import { evaluateOutputCheck, outputCheckInputSchema } from '@openiort/dosimetry';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { findSourceModel } from '../dosimetry/source-model-store.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields, validate } from '../http/validate.ts';
import type { LiveBus } from '../live/live-bus.ts';
import { limitsInForce } from '../program-limits/limits-service.ts';
import {
  followedPlanVersion,
  requireSession,
  type SessionRow,
} from '../or-session/or-session-rows.ts';
import {
  appendToSession,
  nextSessionSeq,
  refuseIfRecordLocked,
} from '../or-session/append-only.ts';
import { notifyRoom } from '../or-session/or-session-service.ts';
import { recomputeFinalPlan } from './final-plan-service.ts';
import { loadSessionChecks, sessionChecklist } from './or-checks-rows.ts';

/** Checklists that are answered after the beam (WHO sign-out: before the patient leaves the room). */
const AFTER_DELIVERY_CHECKLISTS: readonly ChecklistKey[] = ['who-sign-out'];

/**
 * What is checked in the room before beam-on: the physicist's output check (judged here with
 * the program limits in force) and the team's checklist answers, each stored with who and when,
 * append-only and audited. After each write the room's screens are told to re-read the session,
 * so the console sees its gates change.
 */
export function createOrChecksService(
  ctx: ServiceContext,
  bus: LiveBus,
  isRecordLocked: (sessionId: string) => Promise<boolean> = () => Promise.resolve(false),
) {
  /**
   * The session, if `what` may still be recorded in it: checks before beam-on only until the
   * delivery has finished; the WHO sign-out (done as the patient leaves the room) after it too,
   * until the treatment record is signed.
   */
  const openSession = async (sessionId: string, afterDelivery = false): Promise<SessionRow> => {
    const row = await requireSession(ctx.db, sessionId);
    await refuseIfRecordLocked(isRecordLocked, sessionId);
    if (isDeliveryFinished(row.status) && !afterDelivery)
      throw new AppError(
        'conflict',
        `This OR session is ${row.status}; nothing more can be recorded in it before beam-on.`,
      );
    return row;
  };

  return {
    /** The final plan recomputed from the measured strength (final-plan-service.ts). */
    async finalPlan(sessionId: string, body: unknown, user: SessionUser, actor: Actor) {
      await refuseIfRecordLocked(isRecordLocked, sessionId);
      const plan = await recomputeFinalPlan(ctx, sessionId, body, user, actor);
      await notifyRoom(bus, sessionId);
      return plan;
    },

    async checks(sessionId: string): Promise<SessionChecksDto> {
      await requireSession(ctx.db, sessionId);
      return loadSessionChecks(ctx.db, sessionId);
    },

    async recordOutputCheck(
      sessionId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<OutputCheckRecordDto> {
      const input = validate(outputCheckInputSchema, body, 'output check');
      const session = await openSession(sessionId);
      const version = await ctx.db
        .selectFrom('plan_versions')
        .select('source_model_id')
        .where('plan_id', '=', session.plan_id)
        .where('version', '=', followedPlanVersion(session))
        .executeTakeFirstOrThrow();
      const model = await findSourceModel(ctx.db, version.source_model_id);
      const { limits } = await limitsInForce(ctx.db);
      const result = evaluateOutputCheck(input, {
        outputTolerancePercent: limits.outputTolerancePercent,
        strengthTolerancePercent: limits.strengthTolerancePercent,
        nominalAirKermaStrengthU: model?.model.nominalAirKermaStrengthU,
      });
      const checkedAt = ctx.now().toISOString();
      const record = await appendToSession<OutputCheckRecordDto>('answer or check', () =>
        withAudit(
          ctx,
          async (trx) => {
            const seq = await nextSessionSeq(trx, 'or_output_checks', sessionId);
            await trx
              .insertInto('or_output_checks')
              .values({
                session_id: sessionId,
                seq,
                input_json: JSON.stringify(input),
                result_json: JSON.stringify(result),
                status: result.status,
                checked_by: user.id,
                checked_by_name: user.displayName,
                checked_by_role: user.role,
                checked_at: checkedAt,
              })
              .execute();
            const stored: OutputCheckRecordDto = {
              seq,
              input,
              result,
              checkedBy: { id: user.id, displayName: user.displayName, role: user.role },
              checkedAt,
            };
            return stored;
          },
          (stored) => ({
            actor,
            action: 'or-session.output-check',
            outcome: 'success',
            recordType: 'or-session',
            recordId: sessionId,
            after: { ...stored, planId: session.plan_id, patientId: session.patient_id },
          }),
        ),
      );
      await notifyRoom(bus, sessionId);
      return record;
    },

    async answer(
      sessionId: string,
      key: ChecklistKey,
      itemId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<SessionChecklistDto> {
      const request = validate(checklistAnswerRequestSchema, body, 'checklist answer');
      const session = await openSession(sessionId, AFTER_DELIVERY_CHECKLISTS.includes(key));
      const answeredAt = ctx.now().toISOString();
      const answer: ChecklistAnswer = {
        itemId,
        answer: request.answer,
        ...(request.reason === undefined || request.reason === ''
          ? {}
          : { reason: request.reason }),
        by: { id: user.id, displayName: user.displayName, role: user.role },
        at: answeredAt,
      };
      const before = await sessionChecklist(ctx.db, sessionId, key);
      const problem = answerProblem(before.template, answer);
      if (problem !== null)
        throw invalidFields('checklist answer', [
          {
            path:
              problem === 'unknown-item'
                ? 'itemId'
                : problem === 'reason-required'
                  ? 'reason'
                  : 'answer',
            message: `${ANSWER_PROBLEM_TEXT[problem]} (${before.template.title} ${before.version}, item ${itemId})`,
          },
        ]);
      await appendToSession('answer or check', () =>
        withAudit(
          ctx,
          async (trx) => {
            const seq = await nextSessionSeq(trx, 'or_checklist_answers', sessionId);
            await trx
              .insertInto('or_checklist_answers')
              .values({
                session_id: sessionId,
                seq,
                checklist_key: key,
                checklist_version: before.version,
                item_id: itemId,
                answer: answer.answer,
                reason: answer.reason ?? null,
                answered_by: user.id,
                answered_by_name: user.displayName,
                answered_by_role: user.role,
                answered_at: answeredAt,
              })
              .execute();
            return seq;
          },
          (seq) => ({
            actor,
            action: 'or-session.checklist-answer',
            outcome: 'success',
            recordType: 'or-session',
            recordId: sessionId,
            after: {
              seq,
              checklist: key,
              checklistVersion: before.version,
              ...answer,
              planId: session.plan_id,
              patientId: session.patient_id,
            },
          }),
        ),
      );
      await notifyRoom(bus, sessionId);
      return sessionChecklist(ctx.db, sessionId, key);
    },
  };
}

export type OrChecksService = ReturnType<typeof createOrChecksService>;

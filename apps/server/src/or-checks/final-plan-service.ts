import type { SessionUser, StoredPlan } from '@openiort/contract';
import { z } from 'zod';
import type { Actor } from '../audit/audit-event.ts';
import type { ServiceContext } from '../context.ts';
import { loadPlan, noPlan, updatePlan } from '../dosimetry/plan-service.ts';
import { AppError } from '../http/app-error.ts';
import { validate } from '../http/validate.ts';
import { requireSession } from '../or-session/or-session-rows.ts';
import { loadOutputChecks } from './or-checks-rows.ts';

const measurement = (what: string) =>
  z.number({ error: `must be the ${what} measured in the room, a number` }).optional();

/**
 * POST /api/or-sessions/:sessionId/final-plan: the plan version the physicist saw, and what was
 * measured in the room (each optional: an absent one keeps the plan's value). The strength is
 * never sent: it is always the passing output check's measurement.
 */
const finalPlanRequestSchema = z.strictObject({
  planVersion: z
    .number({ error: 'must be the plan version you are replacing (a whole number)' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more'),
  fillVolumeCc: measurement('balloon fill volume in cc'),
  skinDistanceCm: measurement('balloon-to-skin distance in cm'),
  chestWallDistanceCm: measurement('balloon-to-chest-wall distance in cm'),
});

/**
 * The final plan in the room (issue 13): the plan recomputed as its next version from the passing
 * output check's measured strength and the fill volume and distances measured in the room. Saved
 * through the ordinary plan edit (engine, program limits, audit), so it needs both signatures
 * again before beam-on, and it can be made only before beam-on.
 */
export async function recomputeFinalPlan(
  ctx: ServiceContext,
  sessionId: string,
  body: unknown,
  user: SessionUser,
  actor: Actor,
): Promise<StoredPlan> {
  const request = validate(finalPlanRequestSchema, body, 'final plan');
  const session = await requireSession(ctx.db, sessionId);
  if (session.version > 0)
    throw new AppError(
      'conflict',
      'The delivery has started; the plan it delivers can no longer change. A new strength during the delivery is a source change.',
    );
  const latest = (await loadOutputChecks(ctx.db, sessionId)).at(-1);
  if (latest?.result.status !== 'pass')
    throw new AppError(
      'conflict',
      'There is no passing output check in this session: the final plan is computed from the strength it measured. Record the output check first.',
    );
  const plan = await loadPlan(ctx.db, session.plan_id);
  if (plan === undefined) throw noPlan(session.plan_id);
  const input = plan.input;
  return updatePlan(
    ctx,
    plan.id,
    {
      sourceId: plan.sourceModelId,
      version: request.planVersion,
      input: {
        ...input,
        airKermaStrengthU: latest.result.measuredAirKermaStrengthU,
        applicator: {
          ...input.applicator,
          fillVolumeCc: request.fillVolumeCc ?? input.applicator.fillVolumeCc,
        },
        skinDistanceCm: request.skinDistanceCm ?? input.skinDistanceCm,
        ...(request.chestWallDistanceCm === undefined
          ? {}
          : { chestWallDistanceCm: request.chestWallDistanceCm }),
      },
    },
    user,
    actor,
  );
}

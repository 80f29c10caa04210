import type { PlanOutputDto } from '@openiort/contract';
import {
  planBalloon,
  ptvEvalDvh,
  type PlanInput,
  type PlanLimits,
  type SourceModel,
} from '@openiort/dosimetry';

/**
 * Plans in the browser with the same engine the server runs, for the preview while typing. The
 * input must already have passed validatePlanInput (planBalloon throws otherwise).
 */
export function previewPlan(
  model: SourceModel,
  input: PlanInput,
  limits: PlanLimits,
): PlanOutputDto {
  return planBalloon(model, input, { dvh: ptvEvalDvh, limits });
}

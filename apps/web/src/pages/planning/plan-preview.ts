import type { PlanOutputDto } from '@openiort/contract';
import {
  planBalloon,
  shellDvh,
  type PlanDvhRequest,
  type PlanInput,
  type SourceModel,
} from '@openiort/dosimetry';

/**
 * The DVH settings of a saved plan (apps/server, plan-dvh.ts: PTV_EVAL, the 1 cm shell beyond
 * the balloon, stopping 0.5 cm under the skin, 1 mm grid), so the preview shows the same curve.
 */
const PTV_EVAL = { shellThicknessCm: 1, skinClipCm: 0.5, spacingCm: 0.1 } as const;

function ptvEvalDvh(request: PlanDvhRequest) {
  return shellDvh(request.model, request.airKermaStrengthU, request.dwells, {
    ...PTV_EVAL,
    balloonRadiusCm: request.balloonRadiusCm,
    skinDistanceCm: request.skinDistanceCm,
    prescriptionGy: request.prescription.doseGy,
  });
}

/**
 * Plans in the browser with the same engine the server runs, for the preview while typing. The
 * input must already have passed validatePlanInput (planBalloon throws otherwise).
 */
export function previewPlan(model: SourceModel, input: PlanInput): PlanOutputDto {
  return planBalloon(model, input, { dvh: ptvEvalDvh });
}

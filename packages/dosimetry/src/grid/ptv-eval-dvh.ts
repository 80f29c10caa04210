import type { PlanDvh, PlanDvhRequest } from '../planning/plan-balloon.ts';
import { shellDvh } from './shell-dvh.ts';

/**
 * The DVH a plan reports is that of PTV_EVAL, the tissue shell around the balloon as balloon
 * brachytherapy defines it (B-39 dosimetric criteria, clinical.md §"B-39"): 1 cm beyond the
 * balloon surface, stopping 0.5 cm under the skin, on a 1 mm grid.
 */
export const PTV_EVAL_SHELL_CM = 1;
export const PTV_EVAL_SKIN_CLIP_CM = 0.5;
export const DVH_SPACING_CM = 0.1;

/**
 * planBalloon's DVH hook: the shell DVH of the finished plan, relative to the prescribed dose.
 * The server and the browser preview both use it, so a preview shows the curve that is saved.
 */
export function ptvEvalDvh(request: PlanDvhRequest): PlanDvh {
  return shellDvh(request.model, request.airKermaStrengthU, request.dwells, {
    balloonRadiusCm: request.balloonRadiusCm,
    shellThicknessCm: PTV_EVAL_SHELL_CM,
    skinDistanceCm: request.skinDistanceCm,
    skinClipCm: PTV_EVAL_SKIN_CLIP_CM,
    spacingCm: DVH_SPACING_CM,
    prescriptionGy: request.prescription.doseGy,
  });
}

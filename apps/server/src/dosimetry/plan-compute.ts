import type { PlanInputDto, PlanOutputDto } from '@openiort/contract';
import {
  ENGINE_VERSION,
  planBalloon,
  validatePlanInput,
  type PlanResult,
  type ValidPlanInput,
  ptvEvalDvh,
} from '@openiort/dosimetry';
import { invalidFields } from '../http/validate.ts';
import { prefixed } from './field-checks.ts';
import type { ResolvedModel } from './source-model-store.ts';

export interface ComputedPlan {
  /** The input with the defaults the engine resolved (strength, dwell step, limits). */
  input: PlanInputDto;
  output: PlanOutputDto;
  engineVersion: string;
}

/** Compile-time proof that the engine's input and answer fit the contract's copies of them. */
const toInputDto = (input: ValidPlanInput): PlanInputDto => input;
const toOutputDto = (result: PlanResult): PlanOutputDto => result;

/**
 * Checks the input against the model and plans it, with the PTV_EVAL shell DVH (ptvEvalDvh in the engine). Bad input throws a validation problem whose
 * paths start with `prefix` ("input." over HTTP); a clinical refusal is a returned plan.
 */
export function computePlan(
  resolved: ResolvedModel,
  raw: unknown,
  prefix: string,
  options: { smoothnessWeight?: number } = {},
): ComputedPlan {
  const checked = validatePlanInput(raw, resolved.model);
  if (!checked.ok) throw invalidFields('plan input', prefixed(checked.errors, prefix));
  const result = planBalloon(resolved.model, checked.input, { ...options, dvh: ptvEvalDvh });
  return {
    input: toInputDto(checked.input),
    output: toOutputDto(result),
    engineVersion: ENGINE_VERSION,
  };
}

export function isRefused(output: PlanOutputDto): boolean {
  return output.status !== 'ok';
}

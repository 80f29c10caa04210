import type { PlanInputDto, PlanOutputDto, Role } from '@openiort/contract';
import {
  ENGINE_VERSION,
  planBalloon,
  validatePlanInput,
  type PlanResult,
  type ValidPlanInput,
  ptvEvalDvh,
} from '@openiort/dosimetry';
import { invalidFields } from '../http/validate.ts';
import type { LimitsInForce } from '../program-limits/limits-service.ts';
import { prefixed } from './field-checks.ts';
import type { ResolvedModel } from './source-model-store.ts';

export interface ComputedPlan {
  /** The input as the planner sent it (checked and normalised; an empty strength stays empty). */
  input: PlanInputDto;
  output: PlanOutputDto;
  engineVersion: string;
  limitsVersion: string;
}

/** Compile-time proof that the engine's answer fits the contract's copy of it. */
const toOutputDto = (result: PlanResult): PlanOutputDto => result;

/** What is stored of a checked input: no resolved nominal strength, as if it had been typed. */
function asSent(input: ValidPlanInput): PlanInputDto {
  const { strengthSource, airKermaStrengthU, ...rest } = input;
  return strengthSource === 'measured' ? { ...rest, airKermaStrengthU } : rest;
}

const RO_MUST_DECIDE =
  'A skin-distance override was requested but not applied: only a radiation oncologist can override the minimum skin distance. A radiation oncologist must decide.';

/**
 * Checks the input against the model and the program limits in force, and plans it with the
 * PTV_EVAL shell DVH. Bad input throws a validation problem whose paths start with `prefix`
 * ("input." over HTTP); a clinical refusal is a returned plan. A skin-distance override counts
 * only from a radiation oncologist (`author`); anyone else's plan below the minimum is refused
 * with a note saying so.
 */
export function computePlan(
  resolved: ResolvedModel,
  raw: unknown,
  prefix: string,
  inForce: LimitsInForce,
  author: Role | 'cli',
  options: { smoothnessWeight?: number } = {},
): ComputedPlan {
  const checked = validatePlanInput(raw, resolved.model, inForce.limits);
  if (!checked.ok) throw invalidFields('plan input', prefixed(checked.errors, prefix));
  const overrideIgnored =
    checked.input.skinDistanceOverride !== undefined &&
    author !== 'radiation-oncologist' &&
    author !== 'cli';
  const { skinDistanceOverride, ...withoutOverride } = checked.input;
  const input = asSent(overrideIgnored ? withoutOverride : checked.input);
  const result = planBalloon(resolved.model, input, {
    ...options,
    dvh: ptvEvalDvh,
    limits: inForce.limits,
  });
  if (overrideIgnored && skinDistanceOverride !== undefined) {
    result.warnings.push(RO_MUST_DECIDE);
    if (result.status === 'refused')
      result.refusal = {
        ...result.refusal,
        message: `${result.refusal.message} ${RO_MUST_DECIDE}`,
      };
  }
  return {
    input,
    output: toOutputDto(result),
    engineVersion: ENGINE_VERSION,
    limitsVersion: inForce.version,
  };
}

export function isRefused(output: PlanOutputDto): boolean {
  return output.status !== 'ok';
}

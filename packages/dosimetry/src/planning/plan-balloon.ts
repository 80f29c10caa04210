import { secondCheckBalloon, type SecondCheckResult } from '../second-check/second-check.ts';
import type { Dwell, SourceModel } from '../source-model.ts';
import { DEMONSTRATION_LABEL } from '../sources/shipped-models.ts';
import {
  balloonRadiusCm,
  CATHETER_AXIS,
  dwellPositionsCm,
  dwellSurfaceMarginCm,
} from './balloon.ts';
import type { SphereDoseStats } from './dose-rate-matrix.ts';
import { evaluateBalloonDoses, sphereMatrices, type DepthDoseStats } from './evaluate-balloon.ts';
import { referenceContributionsGy } from './reference-contributions.ts';
import { scaleToMeanDose } from './optimise-dwell-times.ts';
import { planValidityWarnings, type ValidityWarning } from './plan-validity.ts';
import {
  defaultSmoothnessWeight,
  smoothSurfaceWeights,
  surfaceUniformity,
} from './smooth-dwell-weights.ts';
import {
  validatePlanInput,
  type PlanInput,
  type PlanInputError,
  type Prescription,
} from './plan-input.ts';
import { DEFAULT_PLAN_LIMITS, type PlanLimits } from './plan-limits.ts';

/**
 * The least a DVH must give to sit in a plan (the shell-DVH engine's Dvh has these and more; the
 * plan keeps whatever type the caller's function returns).
 */
export interface PlanDvh {
  doseGy: number[];
  volumePercent: number[];
  volumeCc: number;
  v90: number;
  v100: number;
  v150: number;
  v200: number;
}

/** What the plan hands to the caller's DVH function; the caller adds shell and grid settings. */
export interface PlanDvhRequest {
  model: SourceModel;
  airKermaStrengthU: number;
  dwells: readonly Dwell[];
  balloonRadiusCm: number;
  skinDistanceCm: number;
  chestWallDistanceCm?: number;
  prescription: Prescription;
}

export interface PlanBalloonOptions<D extends PlanDvh = PlanDvh> {
  /** Computes the DVH of the finished plan (e.g. a wrapper around grid/shell-dvh.ts). */
  dvh?: (request: PlanDvhRequest) => D;
  /** The program's limits in force (the server's current version); the cited defaults if absent. */
  limits?: PlanLimits;
  /**
   * Weight μ of the smoothness term on neighbouring dwell times (smooth-dwell-weights.ts);
   * defaultSmoothnessWeight(model) when absent (docs/adr/0009). 0 is plain least squares.
   */
  smoothnessWeight?: number;
}

export interface PlanRefusal {
  code: 'skin-distance-below-minimum' | 'non-finite-result';
  message: string;
}

interface PlanCommon {
  balloonRadiusCm: number;
  /** S_K the times are computed for: today's measured value, or the model's nominal one. */
  airKermaStrengthU: number;
  /** Whether S_K is today's measured value or the model's nominal one (no output check entered). */
  strengthSource: 'measured' | 'nominal';
  dwellStepCm: number;
  /** The program limits the plan was checked against. */
  limits: PlanLimits;
  /** Every dwell position along the catheter, from the −z end to the +z end, with its time (s). */
  dwells: Dwell[];
  totalTimeS: number;
  warnings: string[];
  /** True when the source model is demonstration data (provenance.clinicalUse false). */
  demonstration: boolean;
  /** The smoothness weight μ the dwell times were optimised with. */
  smoothnessWeight: number;
}

export interface PlanResultOk<D extends PlanDvh = PlanDvh> extends PlanCommon {
  status: 'ok';
  refusal?: undefined;
  surfaceDoseGy: SphereDoseStats;
  depthDoseGy: DepthDoseStats[];
  skinDoseGy: number;
  chestWallDoseGy: number | null;
  secondCheck: SecondCheckResult;
  dvh: D | null;
  /** Surface minimum over maximum dose (1 = perfectly uniform). */
  surfaceUniformity: number;
  /**
   * Each dwell's planned contribution to the dose at the prescription reference (the mean over
   * the sphere the plan was normalised on), Gy, in dwell order; they add up to the prescription.
   */
  referenceContributionsGy: number[];
  /** Reported doses and the DVH region that rely on extrapolated TG-43 data (plan-validity.ts). */
  validityWarnings: ValidityWarning[];
}

/**
 * A refused plan reports the geometry (balloon radius, the dwell positions) and why, but nothing
 * deliverable and no dose: every dwell time is 0, the total time is 0, and the dose fields are
 * null so that no number can be read as a plan's dose.
 */
export interface PlanResultRefused extends PlanCommon {
  status: 'refused';
  refusal: PlanRefusal;
  surfaceDoseGy: null;
  depthDoseGy: [];
  skinDoseGy: null;
  chestWallDoseGy: null;
  secondCheck: null;
  dvh: null;
  surfaceUniformity: null;
  validityWarnings: [];
  referenceContributionsGy: [];
}

export type PlanResult<D extends PlanDvh = PlanDvh> = PlanResultOk<D> | PlanResultRefused;

/** Thrown for input that fails validatePlanInput; each error names its field. */
export class InvalidPlanInputError extends Error {
  readonly errors: PlanInputError[];
  constructor(errors: PlanInputError[]) {
    super(`invalid plan input: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    this.name = 'InvalidPlanInputError';
    this.errors = errors;
  }
}

const cm = (x: number) => `${String(Math.round(x * 100) / 100)} cm`;

/**
 * Plans a balloon treatment: dwell positions along the central catheter, dwell times (≥ 0)
 * making the surface dose as uniform as possible, scaled so the mean dose on the surface (or on
 * the sphere depthCm beyond it) equals the prescription at today's S_K. Clinical findings
 * (refusal below the minimum skin distance, warnings, a failed second check) are returned; only
 * invalid input throws (InvalidPlanInputError, see validatePlanInput). Pure and deterministic.
 */
export function planBalloon<D extends PlanDvh = PlanDvh>(
  model: SourceModel,
  input: PlanInput,
  options: PlanBalloonOptions<D> = {},
): PlanResult<D> {
  const limits = options.limits ?? DEFAULT_PLAN_LIMITS;
  const checked = validatePlanInput(input, model, limits);
  if (!checked.ok) throw new InvalidPlanInputError(checked.errors);
  const plan = checked.input;
  const { airKermaStrengthU: strength, skinDistanceCm, chestWallDistanceCm } = plan;

  const radius = balloonRadiusCm(plan.applicator.fillVolumeCc);
  const positions = dwellPositionsCm(radius, plan.dwellStepCm, dwellSurfaceMarginCm(model));
  const geometry = positions.map((z) => ({
    positionCm: [0, 0, z] as const,
    axis: CATHETER_AXIS,
  }));
  const demonstration = !model.provenance.clinicalUse;
  const warnings: string[] = demonstration ? [DEMONSTRATION_LABEL] : [];
  if (plan.strengthSource === 'nominal') warnings.push(NOMINAL_STRENGTH_NOTICE);
  const smoothnessWeight = options.smoothnessWeight ?? defaultSmoothnessWeight(model);
  if (!(Number.isFinite(smoothnessWeight) && smoothnessWeight >= 0))
    throw new InvalidPlanInputError([
      { path: 'smoothnessWeight', message: 'must be a number ≥ 0' },
    ]);
  const common = {
    balloonRadiusCm: radius,
    airKermaStrengthU: strength,
    strengthSource: plan.strengthSource,
    dwellStepCm: plan.dwellStepCm,
    limits,
    warnings,
    demonstration,
    smoothnessWeight,
  };
  const refuse = (refusal: PlanRefusal): PlanResultRefused => ({
    ...common,
    status: 'refused',
    refusal,
    dwells: geometry.map((g) => ({ ...g, timeS: 0 })),
    totalTimeS: 0,
    surfaceDoseGy: null,
    depthDoseGy: [],
    skinDoseGy: null,
    chestWallDoseGy: null,
    secondCheck: null,
    dvh: null,
    surfaceUniformity: null,
    validityWarnings: [],
    referenceContributionsGy: [],
  });

  if (skinDistanceCm < limits.minSkinDistanceCm) {
    const below = `Balloon-surface-to-skin distance ${cm(skinDistanceCm)} is below the program minimum of ${cm(limits.minSkinDistanceCm)} (delivery is unacceptable below it).`;
    if (plan.skinDistanceOverride === undefined) {
      return refuse({
        code: 'skin-distance-below-minimum',
        message: `${below} The plan is refused; a radiation oncologist's override with a reason is needed to compute it.`,
      });
    }
    warnings.push(
      `${below} Computed under the skin-distance override; reason: "${plan.skinDistanceOverride.reason}".`,
    );
  }
  if (skinDistanceCm < limits.warnSkinDistanceCm)
    warnings.push(
      `Balloon-surface-to-skin distance ${cm(skinDistanceCm)} is below ${cm(limits.warnSkinDistanceCm)}: at least that much tissue should cover the applicator; check the skin dose.`,
    );

  const matrices = sphereMatrices(model, geometry);
  const weights = smoothSurfaceWeights(matrices(radius), smoothnessWeight);
  const { prescription } = plan;
  const targetRadius = radius + (prescription.to === 'depth' ? (prescription.depthCm ?? 0) : 0);
  const times = scaleToMeanDose(matrices(targetRadius), weights, strength, prescription.doseGy);
  const dwells: Dwell[] = geometry.map((g, j) => ({ ...g, timeS: times[j] ?? 0 }));
  const totalTimeS = dwells.reduce((s, d) => s + d.timeS, 0);

  // The balloon and its measured distances: where doses are reported and validity is judged.
  const where = {
    balloonRadiusCm: radius,
    skinDistanceCm,
    ...(chestWallDistanceCm === undefined ? {} : { chestWallDistanceCm }),
  };
  const doses = evaluateBalloonDoses(model, strength, dwells, where, matrices);
  const secondCheck = secondCheckBalloon(model, {
    airKermaStrengthU: strength,
    dwells,
    balloonRadiusCm: radius,
    skinDistanceCm,
    plan: { surfaceMeanGy: doses.surfaceDoseGy.mean, skinDoseGy: doses.skinDoseGy },
    tolerancePercent: limits.secondCheckTolerancePercent,
  });
  if (!secondCheck.withinTolerance)
    warnings.push(
      `Independent second check deviates by ${secondCheck.deviationPercent.toFixed(1)} % (tolerance ${String(secondCheck.tolerancePercent)} %): the plan is flagged for review.`,
    );

  const dvh =
    options.dvh?.({
      model,
      airKermaStrengthU: strength,
      dwells,
      ...where,
      prescription,
    }) ?? null;

  const validityWarnings = planValidityWarnings(model, strength, dwells, where, matrices);
  const result: PlanResultOk<D> = {
    ...common,
    status: 'ok',
    dwells,
    totalTimeS,
    ...doses,
    secondCheck,
    dvh,
    surfaceUniformity: surfaceUniformity(doses.surfaceDoseGy),
    validityWarnings,
    referenceContributionsGy: referenceContributionsGy(matrices(targetRadius), strength, times),
  };
  const bad = firstNonFinite(result);
  // Never an 'ok' plan with a number that is not a number: it could be signed and delivered.
  if (bad !== undefined)
    return refuse({
      code: 'non-finite-result',
      message: `The computation gave a value that is not a finite number (${bad}); the plan is refused. Check the source model and the inputs.`,
    });
  return result;
}

/** Said on every plan computed without a measured strength. */
export const NOMINAL_STRENGTH_NOTICE =
  "Nominal strength used — no output check entered: the times assume the model's nominal air-kerma strength, not today's measured one.";

/** The path of the first number in a result that is NaN or infinite, or undefined. */
function firstNonFinite(value: unknown, path = 'plan'): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = firstNonFinite(item, `${path}[${String(i)}]`);
      if (bad !== undefined) return bad;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const bad = firstNonFinite(item, `${path}.${key}`);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

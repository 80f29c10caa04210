import type { SourceModel } from '../source-model.ts';
import { DEFAULT_PLAN_LIMITS, type PlanLimits } from './plan-limits.ts';

/** A saline-filled balloon of the given fill volume (1 cc = 1 cm³) around a central catheter. */
export interface BalloonApplicator {
  type: 'balloon';
  fillVolumeCc: number;
}

/** Where the prescribed dose applies: the balloon surface, or depthCm beyond it. */
export interface Prescription {
  doseGy: number;
  to: 'surface' | 'depth';
  /** Required when to is 'depth'; not allowed otherwise. */
  depthCm?: number;
}

export interface PlanInput {
  /** Today's measured S_K (daily output check), U; the model's nominal value when absent. */
  airKermaStrengthU?: number;
  applicator: BalloonApplicator;
  prescription: Prescription;
  /** Measured balloon-surface-to-skin distance, cm. */
  skinDistanceCm: number;
  /** Measured balloon-surface-to-chest-wall distance, cm. */
  chestWallDistanceCm?: number;
  /** Spacing of the dwell positions along the catheter, cm. */
  dwellStepCm?: number;
  /** Lets a plan below the minimum skin distance be computed; the reason is kept in the warnings. */
  skinDistanceOverride?: { reason: string };
  limits?: Partial<PlanLimits>;
}

/** A checked input with every default resolved. */
export interface ValidPlanInput extends PlanInput {
  airKermaStrengthU: number;
  dwellStepCm: number;
  limits: PlanLimits;
}

export interface PlanInputError {
  path: string;
  message: string;
}

/**
 * Default dwell step, cm. Reasoned, not cited (physics.md gives no Xoft step): every surface
 * point is ≥ 1.3 cm from the catheter (10 cc balloon), so at 0.5 cm spacing the discrete dwells
 * leave no ripple on the surface; the smallest balloon still gets three dwell positions.
 */
export const DEFAULT_DWELL_STEP_CM = 0.5;

/** Accepted ranges, with the reason for each bound. */
export const PLAN_INPUT_RANGES = {
  /**
   * 10 cc (radius 1.34 cm) to 200 cc (radius 3.63 cm): covers the 3–6 cm balloon diameters
   * (14–113 cc; physics.md §2.5) and the 30–75 cc fills of the multicentre Xoft study
   * (clinical.md) with margin; outside it a unit slip is likelier than a real balloon.
   */
  fillVolumeCc: { min: 10, max: 200 },
  /**
   * 0 < dose ≤ 50 Gy: the single-fraction prescription is 20 Gy (physics.md §2.4); more than
   * 50 Gy in one fraction is most likely a dose entered in cGy.
   */
  doseGy: { min: 0, max: 50 },
  /**
   * 0 < depth ≤ 2 cm: the target is the 10 mm tissue rim (physics.md §2.4); 2 cm beyond the
   * surface the dose is a small fraction of the surface dose (§2.5), so prescribing deeper would
   * put many times the prescription on the surface.
   */
  depthCm: { min: 0, max: 2 },
  /** 0–20 cm: a distance, never negative; more than 20 cm is beyond any breast (a unit slip). */
  distanceCm: { min: 0, max: 20 },
  /**
   * 0.1–2 cm: finer than 0.1 cm adds dwells without changing the surface dose (the TG-43 data
   * are tabulated every 0.1 cm, physics.md §2.2); coarser than 2 cm leaves one dwell even in the
   * largest balloon.
   */
  dwellStepCm: { min: 0.1, max: 2 },
  /**
   * Second-check tolerance above 0 and at most 20 %: a looser threshold would hide the errors the
   * check exists to catch (the cited default is 5 %, physics.md §5.2).
   */
  secondCheckTolerancePercent: { min: 0, max: 20 },
} as const;

const KNOWN_FIELDS = new Set([
  'airKermaStrengthU',
  'applicator',
  'prescription',
  'skinDistanceCm',
  'chestWallDistanceCm',
  'dwellStepCm',
  'skinDistanceOverride',
  'limits',
]);
const LIMIT_FIELDS = new Set(Object.keys(DEFAULT_PLAN_LIMITS));

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a number in [min, max] (or (min, max] when exclusiveMin); returns it or records why not. */
function numberIn(
  errors: PlanInputError[],
  path: string,
  value: unknown,
  range: { min: number; max: number },
  unit: string,
  exclusiveMin = false,
): number | undefined {
  const low = exclusiveMin ? `above ${String(range.min)}` : `at least ${String(range.min)}`;
  const ok =
    isNumber(value) &&
    (exclusiveMin ? value > range.min : value >= range.min) &&
    value <= range.max;
  if (!ok) {
    errors.push({
      path,
      message: `must be a number ${low} and at most ${String(range.max)} ${unit}`,
    });
    return undefined;
  }
  return value;
}

function checkLimits(errors: PlanInputError[], raw: unknown): PlanLimits {
  const limits: PlanLimits = { ...DEFAULT_PLAN_LIMITS };
  if (raw === undefined) return limits;
  if (!isObject(raw)) {
    errors.push({ path: 'limits', message: 'must be an object of program limits' });
    return limits;
  }
  for (const key of Object.keys(raw)) {
    if (!LIMIT_FIELDS.has(key)) errors.push({ path: `limits.${key}`, message: 'is not a limit' });
  }
  const d = PLAN_INPUT_RANGES.distanceCm;
  if (raw.minSkinDistanceCm !== undefined)
    limits.minSkinDistanceCm =
      numberIn(errors, 'limits.minSkinDistanceCm', raw.minSkinDistanceCm, d, 'cm') ??
      limits.minSkinDistanceCm;
  if (raw.warnSkinDistanceCm !== undefined)
    limits.warnSkinDistanceCm =
      numberIn(errors, 'limits.warnSkinDistanceCm', raw.warnSkinDistanceCm, d, 'cm') ??
      limits.warnSkinDistanceCm;
  if (raw.secondCheckTolerancePercent !== undefined)
    limits.secondCheckTolerancePercent =
      numberIn(
        errors,
        'limits.secondCheckTolerancePercent',
        raw.secondCheckTolerancePercent,
        PLAN_INPUT_RANGES.secondCheckTolerancePercent,
        '%',
        true,
      ) ?? limits.secondCheckTolerancePercent;
  if (limits.warnSkinDistanceCm < limits.minSkinDistanceCm)
    errors.push({
      path: 'limits.warnSkinDistanceCm',
      message: 'must not be below limits.minSkinDistanceCm (the warning comes before the refusal)',
    });
  return limits;
}

function checkPrescription(errors: PlanInputError[], raw: unknown): void {
  if (!isObject(raw)) {
    errors.push({ path: 'prescription', message: 'must be { doseGy, to, depthCm? }' });
    return;
  }
  numberIn(errors, 'prescription.doseGy', raw.doseGy, PLAN_INPUT_RANGES.doseGy, 'Gy', true);
  if (raw.to === 'depth') {
    numberIn(errors, 'prescription.depthCm', raw.depthCm, PLAN_INPUT_RANGES.depthCm, 'cm', true);
  } else if (raw.to === 'surface') {
    if (raw.depthCm !== undefined)
      errors.push({ path: 'prescription.depthCm', message: 'is only given with to: depth' });
  } else {
    errors.push({ path: 'prescription.to', message: 'must be surface or depth' });
  }
}

/**
 * Checks a plan input before any dose is computed; every problem is named by its path. With the
 * model, a missing airKermaStrengthU defaults to the model's nominal S_K (an error if the model
 * has none). Clinical findings (a short skin distance) are not input errors: planBalloon returns
 * them.
 */
export function validatePlanInput(
  input: unknown,
  model?: SourceModel,
): { ok: true; input: ValidPlanInput } | { ok: false; errors: PlanInputError[] } {
  if (!isObject(input))
    return { ok: false, errors: [{ path: '(input)', message: 'must be an object' }] };
  const errors: PlanInputError[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_FIELDS.has(key)) errors.push({ path: key, message: 'is not a plan field' });
  }

  let strength: number | undefined;
  if (input.airKermaStrengthU !== undefined) {
    if (isNumber(input.airKermaStrengthU) && input.airKermaStrengthU > 0)
      strength = input.airKermaStrengthU;
    else errors.push({ path: 'airKermaStrengthU', message: 'must be a positive number (U)' });
  } else if (model !== undefined) {
    strength = model.nominalAirKermaStrengthU;
    if (strength === undefined)
      errors.push({
        path: 'airKermaStrengthU',
        message: 'is required: the source model has no nominal air-kerma strength',
      });
  }

  const applicator = input.applicator;
  if (!isObject(applicator) || applicator.type !== 'balloon') {
    errors.push({ path: 'applicator.type', message: 'must be balloon' });
  } else {
    numberIn(
      errors,
      'applicator.fillVolumeCc',
      applicator.fillVolumeCc,
      PLAN_INPUT_RANGES.fillVolumeCc,
      'cc',
    );
  }
  checkPrescription(errors, input.prescription);

  const d = PLAN_INPUT_RANGES.distanceCm;
  numberIn(errors, 'skinDistanceCm', input.skinDistanceCm, d, 'cm');
  if (input.chestWallDistanceCm !== undefined)
    numberIn(errors, 'chestWallDistanceCm', input.chestWallDistanceCm, d, 'cm');
  const step =
    input.dwellStepCm === undefined
      ? DEFAULT_DWELL_STEP_CM
      : numberIn(errors, 'dwellStepCm', input.dwellStepCm, PLAN_INPUT_RANGES.dwellStepCm, 'cm');

  const override = input.skinDistanceOverride;
  if (
    override !== undefined &&
    !(isObject(override) && typeof override.reason === 'string' && override.reason.trim() !== '')
  ) {
    errors.push({
      path: 'skinDistanceOverride.reason',
      message: 'must state why the skin-distance limit is overridden',
    });
  }
  const limits = checkLimits(errors, input.limits);

  if (errors.length > 0) return { ok: false, errors };
  if (strength === undefined)
    return {
      ok: false,
      errors: [
        {
          path: 'airKermaStrengthU',
          message: 'is required when no source model is given to default from',
        },
      ],
    };
  const valid = {
    ...(input as unknown as PlanInput),
    airKermaStrengthU: strength,
    dwellStepCm: step ?? DEFAULT_DWELL_STEP_CM,
    limits,
  };
  return { ok: true, input: valid };
}

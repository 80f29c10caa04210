import { z } from 'zod';
import type { SourceModel } from '../source-model.ts';
import type { PlanLimits } from './plan-limits.ts';

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
   * 0.1 U to 10⁶ U: wider than any brachytherapy source (a low-energy seed is of the order of
   * 1 U, a 10 Ci ¹⁹²Ir source about 4 × 10⁴ U), so only a unit slip or a typing error falls
   * outside. The program's tighter band around the model's nominal strength applies as well.
   */
  airKermaStrengthU: { min: 0.1, max: 1e6 },
} as const;

/** A number in [min, max] (or (min, max]); every refusal states the whole range and the unit. */
const number = (range: { min: number; max: number }, unit: string, exclusiveMin = false) => {
  const low = exclusiveMin ? `above ${String(range.min)}` : `at least ${String(range.min)}`;
  const message = `must be a number ${low} and at most ${String(range.max)} ${unit}`;
  return z
    .number({ error: message })
    .refine((v) => (exclusiveMin ? v > range.min : v >= range.min) && v <= range.max, message);
};

const R = PLAN_INPUT_RANGES;

/**
 * A balloon plan input, strict at every depth. Program limits are not part of it: they belong
 * to the program, so a request that carries them is refused with that reason.
 */
export const planInputSchema = z.strictObject({
  /** Today's measured S_K (daily output check), U; the model's nominal value when absent. */
  airKermaStrengthU: number(R.airKermaStrengthU, 'U').optional(),
  /** A saline-filled balloon of the given fill volume (1 cc = 1 cm³) around a central catheter. */
  applicator: z.strictObject({
    type: z.literal('balloon', { error: 'must be balloon' }),
    fillVolumeCc: number(R.fillVolumeCc, 'cc'),
  }),
  /** Where the prescribed dose applies: the balloon surface, or depthCm beyond it. */
  prescription: z
    .strictObject({
      doseGy: number(R.doseGy, 'Gy', true),
      to: z.enum(['surface', 'depth'], { error: 'must be surface or depth' }),
      depthCm: number(R.depthCm, 'cm', true).optional(),
    })
    .superRefine((p, ctx) => {
      if (p.to === 'depth' && p.depthCm === undefined)
        ctx.addIssue({ code: 'custom', path: ['depthCm'], message: 'is required with to: depth' });
      if (p.to === 'surface' && p.depthCm !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['depthCm'],
          message: 'is only given with to: depth',
        });
    }),
  /** Measured balloon-surface-to-skin distance, cm. */
  skinDistanceCm: number(R.distanceCm, 'cm'),
  /** Measured balloon-surface-to-chest-wall distance, cm. */
  chestWallDistanceCm: number(R.distanceCm, 'cm').optional(),
  /** Spacing of the dwell positions along the catheter, cm. */
  dwellStepCm: number(R.dwellStepCm, 'cm').optional(),
  /**
   * A radiation oncologist's decision to compute a plan below the minimum skin distance; the
   * reason is kept with the plan.
   */
  skinDistanceOverride: z
    .strictObject({
      reason: z
        .string({ error: 'must state why the skin-distance limit is overridden' })
        .trim()
        .min(1, 'must state why the skin-distance limit is overridden')
        .max(500, 'must be at most 500 characters'),
    })
    .optional(),
  limits: z
    .never({
      error:
        'cannot be sent with a plan: program limits are program data, changed by a medical physicist with a radiation oncologist’s co-signature',
    })
    .optional(),
});

export type PlanInput = Omit<z.input<typeof planInputSchema>, 'limits'>;
export type Prescription = PlanInput['prescription'];
export type BalloonApplicator = PlanInput['applicator'];

/** A checked input with every default resolved. */
export interface ValidPlanInput extends Omit<PlanInput, 'airKermaStrengthU' | 'dwellStepCm'> {
  airKermaStrengthU: number;
  /** Where the strength came from: today's output check, or the model's nominal value. */
  strengthSource: 'measured' | 'nominal';
  dwellStepCm: number;
}

export interface PlanInputError {
  path: string;
  message: string;
}

function errorsOf(error: z.ZodError): PlanInputError[] {
  return error.issues.flatMap((issue) => {
    const at = (extra: PropertyKey[]) =>
      [...issue.path, ...extra].map(String).join('.') || '(input)';
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([key]), message: 'is not a plan field' }))
      : [{ path: at([]), message: issue.message }];
  });
}

/** The measured strength against the model's nominal one, or why it cannot be used. */
function checkStrength(
  measured: number | undefined,
  model: SourceModel | undefined,
  limits: PlanLimits,
): { strength: number; source: 'measured' | 'nominal' } | PlanInputError {
  const nominal = model?.nominalAirKermaStrengthU;
  if (measured === undefined) {
    if (nominal !== undefined) return { strength: nominal, source: 'nominal' };
    return {
      path: 'airKermaStrengthU',
      message:
        model === undefined
          ? 'is required when no source model is given to default from'
          : 'is required: the source model has no nominal air-kerma strength',
    };
  }
  if (nominal !== undefined) {
    const band = limits.strengthTolerancePercent / 100;
    const low = nominal * (1 - band);
    const high = nominal * (1 + band);
    if (measured < low || measured > high) {
      const round = (x: number) => String(Math.round(x * 10) / 10);
      return {
        path: 'airKermaStrengthU',
        message: `${round(measured)} U is implausible for this source: the program accepts ${round(low)}–${round(high)} U (nominal ${round(nominal)} U ± ${String(limits.strengthTolerancePercent)} %). Check the unit and the reading.`,
      };
    }
  }
  return { strength: measured, source: 'measured' };
}

/**
 * Checks a plan input before any dose is computed; every problem is named by its path. With the
 * model, a missing airKermaStrengthU defaults to the model's nominal S_K (an error if the model
 * has none), and a measured one must lie within the program's band around it. Clinical findings
 * (a short skin distance) are not input errors: planBalloon returns them.
 */
export function validatePlanInput(
  input: unknown,
  model: SourceModel | undefined,
  limits: PlanLimits,
): { ok: true; input: ValidPlanInput } | { ok: false; errors: PlanInputError[] } {
  const parsed = planInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { limits: _never, airKermaStrengthU, dwellStepCm, ...rest } = parsed.data;
  const strength = checkStrength(airKermaStrengthU, model, limits);
  if ('path' in strength) return { ok: false, errors: [strength] };
  return {
    ok: true,
    input: {
      ...rest,
      airKermaStrengthU: strength.strength,
      strengthSource: strength.source,
      dwellStepCm: dwellStepCm ?? DEFAULT_DWELL_STEP_CM,
    },
  };
}

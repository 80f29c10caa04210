import { z } from 'zod';

/**
 * Program limits for balloon plans. They are program data: versioned by the server, changed by a
 * medical physicist with a radiation oncologist's co-signature, and never sent with a plan. The
 * engine receives them beside the input; the defaults below are cited.
 */
export interface PlanLimits {
  /**
   * Below this balloon-surface-to-skin distance the plan is refused unless a radiation
   * oncologist overrides it with a reason. Default 0.7 cm: "unacceptable delivery occurs if
   * minimum distance from balloon surface to skin surface is less than 7 mm" (physics.md §2.4,
   * Xoft IORT skin paper).
   */
  minSkinDistanceCm: number;
  /**
   * Below this distance the plan carries a warning. Default 1.0 cm: "at least 1 cm of all breast
   * tissue in the cavity covers the applicator" (physics.md §2.4).
   */
  warnSkinDistanceCm: number;
  /**
   * The independent second check flags the plan when it deviates by more than this. Default 5 %:
   * "a 5% threshold was adopted for secondary dose checks" (physics.md §5.2, Acuros BV
   * validation).
   */
  secondCheckTolerancePercent: number;
  /**
   * A measured air-kerma strength more than this far from the model's nominal strength is
   * refused as implausible. Default ±20 %: OpenIORT's own choice, not a published tolerance
   * (UNCONFIRMED as a clinical figure). The Xoft source's output was stable within 3 % over 50
   * simulated fractions (operating-room.md §1.2, SU-FF-T-383), so ±20 % leaves room for source
   * and tube variation while catching a reading in the wrong unit or with a slipped digit
   * (×10, ÷100). A program narrows it once commissioning shows its own spread.
   */
  strengthTolerancePercent: number;
  /**
   * The pre-treatment output check passes when the measured air-kerma strength is within this
   * many per cent of the expected one. Default ±5 %: OpenIORT's own choice — no published
   * tolerance for this check was found (UNCONFIRMED; AAPM TG-182 not in the references). It
   * leaves room for the source's observed stability "within 3%" over 50 simulated fractions
   * (operating-room.md §1.2, physics.md §5.2, SU-FF-T-383) and well-chamber calibration
   * agreement "at the 1 % level" (physics.md §5.2, NIST). A program sets its own after
   * commissioning.
   */
  outputTolerancePercent: number;
  /**
   * A delivered dose at the prescription reference that differs from the prescribed one by this
   * many per cent or more flags the treatment record as a possible reportable event. Default
   * 20 %: "medical event if total dose differs from prescribed by ≥20 %" (operating-room.md §1.1,
   * 10 CFR 35.3045) and "total dose >20 % off prescribed" (25 Pa. Code §219.3). A program may
   * set it lower (an earlier look), never above the regulatory 20 %.
   */
  reportableDeviationPercent: number;
}

export const DEFAULT_PLAN_LIMITS: Readonly<PlanLimits> = Object.freeze({
  minSkinDistanceCm: 0.7,
  warnSkinDistanceCm: 1.0,
  secondCheckTolerancePercent: 5,
  strengthTolerancePercent: 20,
  outputTolerancePercent: 5,
  reportableDeviationPercent: 20,
});

/**
 * What a program may set each limit to. A limit outside these bounds would stop protecting
 * anyone: a skin minimum of 0 allows a balloon touching the skin, a second-check tolerance over
 * 20 % hides the errors it exists to catch, a strength band over ±50 % lets a unit slip through,
 * an output tolerance over 10 % would pass a source that has clearly changed.
 */
export const PLAN_LIMIT_RANGES = {
  minSkinDistanceCm: { min: 0.3, max: 2 },
  warnSkinDistanceCm: { min: 0.3, max: 3 },
  secondCheckTolerancePercent: { min: 0.5, max: 20 },
  strengthTolerancePercent: { min: 1, max: 50 },
  outputTolerancePercent: { min: 0.5, max: 10 },
  reportableDeviationPercent: { min: 1, max: 20 },
} as const satisfies Record<keyof PlanLimits, { min: number; max: number }>;

const limit = (name: keyof PlanLimits, unit: string) => {
  const { min, max } = PLAN_LIMIT_RANGES[name];
  return z
    .number({ error: `must be a number (${unit})` })
    .min(min, `must be at least ${String(min)} ${unit}`)
    .max(max, `must be at most ${String(max)} ${unit}`);
};

/** A complete set of program limits, as a physicist proposes it or a CLI file gives it. */
export const planLimitsSchema = z
  .strictObject({
    minSkinDistanceCm: limit('minSkinDistanceCm', 'cm'),
    warnSkinDistanceCm: limit('warnSkinDistanceCm', 'cm'),
    secondCheckTolerancePercent: limit('secondCheckTolerancePercent', '%'),
    strengthTolerancePercent: limit('strengthTolerancePercent', '%'),
    // Added after the first four (ADR 0016): a limits file or proposal written before it gets the
    // cited default, which is then stored and shown with the version.
    outputTolerancePercent: limit('outputTolerancePercent', '%').default(
      DEFAULT_PLAN_LIMITS.outputTolerancePercent,
    ),
    // Added with the treatment record (issue 13), defaulted in the same way.
    reportableDeviationPercent: limit('reportableDeviationPercent', '%').default(
      DEFAULT_PLAN_LIMITS.reportableDeviationPercent,
    ),
  })
  .refine((l) => l.warnSkinDistanceCm >= l.minSkinDistanceCm, {
    path: ['warnSkinDistanceCm'],
    message: 'must not be below minSkinDistanceCm (the warning comes before the refusal)',
  });

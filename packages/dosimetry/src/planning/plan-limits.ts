/**
 * Program limits for balloon plans. They are data: a program may tighten or relax them (with the
 * values stored beside the plan); the defaults below are cited from physics.md.
 */
export interface PlanLimits {
  /**
   * Below this balloon-surface-to-skin distance the plan is refused unless overridden with a
   * reason. Default 0.7 cm: "unacceptable delivery occurs if minimum distance from balloon
   * surface to skin surface is less than 7 mm" (physics.md §2.4, Xoft IORT skin paper).
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
}

export const DEFAULT_PLAN_LIMITS: Readonly<PlanLimits> = Object.freeze({
  minSkinDistanceCm: 0.7,
  warnSkinDistanceCm: 1.0,
  secondCheckTolerancePercent: 5,
});

/** The measured strengths a source change may report, U. */
export interface StrengthRange {
  minU: number;
  maxU: number;
  centreU: number;
  /** 'nominal': the source model's nominal S_K; 'planned': the model has none, the plan's S_K. */
  basis: 'nominal' | 'planned';
}

/**
 * The program's plausible band for a newly measured source: the same band the planner applies
 * to today's measured strength (plan-input.ts checkStrength: nominal ± strengthTolerancePercent,
 * program limits in force; the ±20 % default is OpenIORT's choice, UNCONFIRMED as a clinical
 * figure, plan-limits.ts). A model without a nominal strength is centred on the planned one.
 */
export function plausibleStrengthRange(
  nominalU: number | undefined,
  plannedU: number,
  tolerancePercent: number,
): StrengthRange {
  const centreU = nominalU ?? plannedU;
  const band = tolerancePercent / 100;
  return {
    minU: centreU * (1 - band),
    maxU: centreU * (1 + band),
    centreU,
    basis: nominalU === undefined ? 'planned' : 'nominal',
  };
}

/** Why a measured strength is refused, or undefined when it lies in the band. */
export function strengthProblem(measuredU: number, range: StrengthRange): string | undefined {
  if (measuredU >= range.minU && measuredU <= range.maxU) return undefined;
  const round = (x: number) => String(Math.round(x * 10) / 10);
  return `${round(measuredU)} U is implausible for this source: the program accepts ${round(range.minU)}–${round(range.maxU)} U (${range.basis} ${round(range.centreU)} U ± ${String(Math.round(((range.maxU - range.centreU) / range.centreU) * 1000) / 10)} %). Check the unit and the reading.`;
}

import { z } from 'zod';

/*
 * The output check before a fraction (issue 13; operating-room.md §1.2): the source's air-kerma
 * strength measured with a calibrated well chamber and electrometer, compared with the expected
 * strength. The final plan then uses the measured strength (physics.md §5.1: "dwell times
 * scaled automatically"). The chamber reading's conversion to S_K (calibration coefficients and
 * the air-density correction for temperature and pressure) is not given in the references, so
 * the measured strength is taken as the physicist entered it; temperature, pressure and reading
 * are recorded with it, checked only for plausibility. Pure: the caller passes the limits.
 */

const serial = (what: string) =>
  z
    .string({ error: `must be the ${what}` })
    .trim()
    .min(1, `must be the ${what}`)
    .max(60, 'must be at most 60 characters');
const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const strengthU = (what: string) =>
  z
    .number({ error: `must be ${what}, U (cGy cm² h⁻¹)` })
    .positive('must be above 0 U')
    .max(1e6, 'must be at most 1000000 U');

const instrument = (what: string) =>
  z.strictObject({ serial: serial(`${what} serial number`), calibrationDate: isoDate });

/** What the physicist enters. Strict: unknown fields are refused at every depth. */
export const outputCheckInputSchema = z.strictObject({
  sourceSerial: serial('source (X-ray tube) serial number'),
  chamber: instrument('well chamber'),
  electrometer: instrument('electrometer'),
  // Operating rooms are kept near 18–26 °C and air pressure at hospital altitudes lies far inside
  // 60–110 kPa; a value outside is a typing or unit slip (°F, mmHg, hPa), not a room.
  temperatureC: z
    .number({ error: 'must be the room temperature, °C' })
    .min(10, 'must be at least 10 °C (°F or a slip?)')
    .max(40, 'must be at most 40 °C (°F or a slip?)'),
  pressureKPa: z
    .number({ error: 'must be the air pressure, kPa' })
    .min(60, 'must be at least 60 kPa (mmHg or hPa?)')
    .max(110, 'must be at most 110 kPa (mmHg or hPa?)'),
  reading: z.strictObject({
    value: z.number({ error: 'must be the electrometer reading' }).positive('must be above 0'),
    unit: z.enum(['nA', 'pA', 'nC', 'pC'], { error: 'must be nA, pA, nC or pC' }),
  }),
  measuredAirKermaStrengthU: strengthU('the measured air-kerma strength'),
  expected: z.strictObject({
    airKermaStrengthU: strengthU('the expected air-kerma strength'),
    /** Where the expected value comes from. */
    basis: z.enum(['source-certificate', 'previous-measurement', 'model-nominal'], {
      error: 'must be source-certificate, previous-measurement or model-nominal',
    }),
  }),
  measuredAt: z.iso.datetime({ error: 'must be the time of the measurement (ISO date-time)' }),
});
export type OutputCheckInput = z.infer<typeof outputCheckInputSchema>;

/** Program data the check is judged against (the program limits in force, and the model). */
export interface OutputCheckRules {
  /** ± % around the expected strength (PlanLimits.outputTolerancePercent). */
  outputTolerancePercent: number;
  /** ± % around the model's nominal strength (PlanLimits.strengthTolerancePercent). */
  strengthTolerancePercent: number;
  /** The source model's nominal S_K, U; undefined when the model has none. */
  nominalAirKermaStrengthU: number | undefined;
  /**
   * How long an instrument calibration counts, days. Default 365: the only calibration interval
   * in the references is "within 12 months" for survey meters (operating-room.md §1.1); for well
   * chambers and electrometers it is UNCONFIRMED, so a program sets its own.
   */
  calibrationValidDays?: number;
}

export const DEFAULT_CALIBRATION_VALID_DAYS = 365;

export type OutputCheckFailure =
  | 'ratio-outside-tolerance'
  | 'implausible-strength'
  | 'chamber-calibration-expired'
  | 'electrometer-calibration-expired'
  | 'chamber-calibration-after-measurement'
  | 'electrometer-calibration-after-measurement';

export interface OutputCheckResult {
  status: 'pass' | 'fail';
  /** Measured over expected strength. */
  ratio: number;
  /** (ratio − 1) × 100. */
  deviationPercent: number;
  tolerancePercent: number;
  /** Every check that failed, with a sentence naming the values; empty when it passes. */
  failures: { code: OutputCheckFailure; message: string }[];
  /** The measured strength the final plan uses when the check passes. */
  measuredAirKermaStrengthU: number;
}

const DAY_MS = 86_400_000;
const round = (x: number, digits: number) => x.toFixed(digits);

function calibrationFailures(
  what: 'chamber' | 'electrometer',
  calibrationDate: string,
  measuredAt: string,
  validDays: number,
): { code: OutputCheckFailure; message: string }[] {
  const calibrated = Date.parse(`${calibrationDate}T00:00:00Z`);
  const measured = Date.parse(measuredAt);
  const name = what === 'chamber' ? 'well chamber' : 'electrometer';
  if (calibrated > measured)
    return [
      {
        code: `${what}-calibration-after-measurement`,
        message: `The ${name} calibration date ${calibrationDate} is after the measurement: check the date.`,
      },
    ];
  const ageDays = Math.floor((measured - calibrated) / DAY_MS);
  if (ageDays > validDays)
    return [
      {
        code: `${what}-calibration-expired`,
        message: `The ${name} was calibrated ${String(ageDays)} days before the measurement (${calibrationDate}); calibrations count for ${String(validDays)} days.`,
      },
    ];
  return [];
}

/**
 * Judges an output check: the ratio of measured to expected strength against the program's
 * tolerance, the measured strength against the model's plausible band, and both instruments'
 * calibrations. It passes only when every check passes.
 */
export function evaluateOutputCheck(
  input: OutputCheckInput,
  rules: OutputCheckRules,
): OutputCheckResult {
  const measured = input.measuredAirKermaStrengthU;
  const expected = input.expected.airKermaStrengthU;
  const ratio = measured / expected;
  const deviationPercent = (ratio - 1) * 100;
  const failures: OutputCheckResult['failures'] = [];
  // A ratio exactly at the tolerance passes; 1e-9 % absorbs binary rounding (10500 / 10000 − 1).
  if (!(Math.abs(deviationPercent) <= rules.outputTolerancePercent + 1e-9))
    failures.push({
      code: 'ratio-outside-tolerance',
      message: `Measured ${round(measured, 1)} U is ${round(deviationPercent, 2)} % from the expected ${round(expected, 1)} U (${input.expected.basis}); the program allows ±${String(rules.outputTolerancePercent)} %.`,
    });
  const nominal = rules.nominalAirKermaStrengthU;
  if (nominal !== undefined) {
    const band = rules.strengthTolerancePercent / 100;
    if (measured < nominal * (1 - band) || measured > nominal * (1 + band))
      failures.push({
        code: 'implausible-strength',
        message: `Measured ${round(measured, 1)} U is outside the plausible ${round(nominal * (1 - band), 1)}–${round(nominal * (1 + band), 1)} U for this source (nominal ${round(nominal, 1)} U ± ${String(rules.strengthTolerancePercent)} %): check the unit and the reading.`,
      });
  }
  const validDays = rules.calibrationValidDays ?? DEFAULT_CALIBRATION_VALID_DAYS;
  failures.push(
    ...calibrationFailures('chamber', input.chamber.calibrationDate, input.measuredAt, validDays),
    ...calibrationFailures(
      'electrometer',
      input.electrometer.calibrationDate,
      input.measuredAt,
      validDays,
    ),
  );
  return {
    status: failures.length === 0 ? 'pass' : 'fail',
    ratio,
    deviationPercent,
    tolerancePercent: rules.outputTolerancePercent,
    failures,
    measuredAirKermaStrengthU: measured,
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_LIMITS,
  evaluateOutputCheck,
  outputCheckInputSchema,
  type OutputCheckInput,
  type OutputCheckRules,
} from '../../src/index.ts';

/** A fictional morning check of a fictional source. */
const CHECK: OutputCheckInput = {
  sourceSerial: 'XRS-TEST-0001',
  chamber: { serial: 'WC-TEST-7', calibrationDate: '2026-03-01' },
  electrometer: { serial: 'EM-TEST-3', calibrationDate: '2026-02-15' },
  temperatureC: 21.5,
  pressureKPa: 100.8,
  reading: { value: 12.34, unit: 'nA' },
  measuredAirKermaStrengthU: 9800,
  expected: { airKermaStrengthU: 10000, basis: 'source-certificate' },
  measuredAt: '2026-11-28T07:30:00Z',
};
const RULES: OutputCheckRules = {
  outputTolerancePercent: DEFAULT_PLAN_LIMITS.outputTolerancePercent,
  strengthTolerancePercent: DEFAULT_PLAN_LIMITS.strengthTolerancePercent,
  nominalAirKermaStrengthU: 10000,
};

describe('evaluateOutputCheck', () => {
  it('passes a reading 2 % low, with the ratio and deviation', () => {
    const result = evaluateOutputCheck(CHECK, RULES);
    expect(result.status).toBe('pass');
    expect(result.ratio).toBeCloseTo(0.98, 12);
    expect(result.deviationPercent).toBeCloseTo(-2, 10);
    expect(result.tolerancePercent).toBe(5);
    expect(result.failures).toEqual([]);
    expect(result.measuredAirKermaStrengthU).toBe(9800);
  });

  it('fails a ratio outside the tolerance and says by how much', () => {
    const result = evaluateOutputCheck({ ...CHECK, measuredAirKermaStrengthU: 10600 }, RULES);
    expect(result.status).toBe('fail');
    expect(result.failures.map((f) => f.code)).toEqual(['ratio-outside-tolerance']);
    expect(result.failures[0]?.message).toContain('6.00 %');
    expect(result.failures[0]?.message).toContain('±5 %');
  });

  it('passes exactly at the tolerance and fails just beyond it', () => {
    expect(evaluateOutputCheck({ ...CHECK, measuredAirKermaStrengthU: 10500 }, RULES).status).toBe(
      'pass',
    );
    expect(evaluateOutputCheck({ ...CHECK, measuredAirKermaStrengthU: 10501 }, RULES).status).toBe(
      'fail',
    );
  });

  it('fails a strength outside the plausible band of the model even when it matches the expected value', () => {
    const result = evaluateOutputCheck(
      {
        ...CHECK,
        measuredAirKermaStrengthU: 980,
        expected: { airKermaStrengthU: 1000, basis: 'previous-measurement' },
      },
      RULES,
    );
    expect(result.failures.map((f) => f.code)).toEqual(['implausible-strength']);
    expect(result.failures[0]?.message).toContain('8000.0–12000.0 U');
  });

  it('fails expired calibrations and calibration dates after the measurement', () => {
    const result = evaluateOutputCheck(
      {
        ...CHECK,
        chamber: { serial: 'WC-TEST-7', calibrationDate: '2025-11-27' },
        electrometer: { serial: 'EM-TEST-3', calibrationDate: '2026-12-01' },
      },
      RULES,
    );
    expect(result.status).toBe('fail');
    expect(result.failures.map((f) => f.code)).toEqual([
      'chamber-calibration-expired',
      'electrometer-calibration-after-measurement',
    ]);
    expect(result.failures[0]?.message).toContain('366 days');
    // A program with a two-year interval accepts the same chamber.
    const twoYears = evaluateOutputCheck(
      { ...CHECK, chamber: { serial: 'WC-TEST-7', calibrationDate: '2025-11-27' } },
      { ...RULES, calibrationValidDays: 730 },
    );
    expect(twoYears.status).toBe('pass');
  });

  it('passes only when every check passes; the ratio is scale-free (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 8000, max: 12000, noNaN: true }),
        fc.double({ min: 8000, max: 12000, noNaN: true }),
        fc.double({ min: 0.5, max: 10, noNaN: true }),
        (measured, expected, tolerance) => {
          const input = {
            ...CHECK,
            measuredAirKermaStrengthU: measured,
            expected: { airKermaStrengthU: expected, basis: 'source-certificate' as const },
          };
          const rules = { ...RULES, outputTolerancePercent: tolerance };
          const result = evaluateOutputCheck(input, rules);
          expect(result.ratio).toBeCloseTo(measured / expected, 12);
          const within = Math.abs((measured / expected - 1) * 100) <= tolerance + 1e-9;
          expect(result.status === 'pass').toBe(within);
          expect(result.failures.length === 0).toBe(result.status === 'pass');
          // Without a model band, scaling both strengths by the same factor changes nothing.
          const scaled = evaluateOutputCheck(
            {
              ...input,
              measuredAirKermaStrengthU: measured / 7,
              expected: { ...input.expected, airKermaStrengthU: expected / 7 },
            },
            { ...rules, nominalAirKermaStrengthU: undefined },
          );
          expect(scaled.ratio).toBeCloseTo(result.ratio, 10);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('outputCheckInputSchema', () => {
  it('accepts a complete check', () => {
    expect(outputCheckInputSchema.safeParse(CHECK).success).toBe(true);
  });

  it('refuses unit slips, missing fields and unknown keys at every depth, by path', () => {
    const result = outputCheckInputSchema.safeParse({
      ...CHECK,
      temperatureC: 70,
      pressureKPa: 760,
      reading: { value: 12, unit: 'mA', gain: 2 },
      chamber: { serial: ' ', calibrationDate: '1 March' },
      expected: { airKermaStrengthU: 0, basis: 'guess' },
      extra: true,
      electrometer: undefined,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      '',
      'chamber.calibrationDate',
      'chamber.serial',
      'electrometer',
      'expected.airKermaStrengthU',
      'expected.basis',
      'pressureKPa',
      'reading',
      'reading.unit',
      'temperatureC',
    ]);
  });
});

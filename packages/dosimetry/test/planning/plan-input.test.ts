import { describe, expect, it } from 'vitest';
import { DEFAULT_DWELL_STEP_CM, DEFAULT_PLAN_LIMITS, validatePlanInput } from '../../src/index.ts';
import { balloonInput, demo } from './fixtures.ts';

const paths = (input: unknown) => {
  const checked = validatePlanInput(input, demo);
  return checked.ok ? [] : checked.errors.map((e) => e.path);
};

describe('validatePlanInput', () => {
  it('resolves the defaults: nominal S_K, 0.5 cm step, cited limits', () => {
    const checked = validatePlanInput(balloonInput(45), demo);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input.airKermaStrengthU).toBe(demo.nominalAirKermaStrengthU);
    expect(checked.input.dwellStepCm).toBe(DEFAULT_DWELL_STEP_CM);
    expect(checked.input.limits).toEqual({
      minSkinDistanceCm: 0.7,
      warnSkinDistanceCm: 1,
      secondCheckTolerancePercent: 5,
    });
    expect(DEFAULT_PLAN_LIMITS.minSkinDistanceCm).toBe(0.7);
  });

  it('keeps a measured strength and merges partial limits', () => {
    const checked = validatePlanInput(
      balloonInput(45, { airKermaStrengthU: 9000, limits: { secondCheckTolerancePercent: 3 } }),
      demo,
    );
    expect(checked.ok && checked.input.airKermaStrengthU).toBe(9000);
    expect(checked.ok && checked.input.limits.secondCheckTolerancePercent).toBe(3);
    expect(checked.ok && checked.input.limits.minSkinDistanceCm).toBe(0.7);
  });

  it('needs a strength when the model has no nominal one', () => {
    const bare = { ...demo, nominalAirKermaStrengthU: undefined };
    const checked = validatePlanInput(balloonInput(45), bare);
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['airKermaStrengthU']);
    expect(validatePlanInput(balloonInput(45)).ok).toBe(false);
    expect(validatePlanInput(balloonInput(45, { airKermaStrengthU: 10_000 })).ok).toBe(true);
  });

  it('names every bad field', () => {
    expect(paths(null)).toEqual(['(input)']);
    expect(paths({})).toEqual(['applicator.type', 'prescription', 'skinDistanceCm']);
    expect(paths(balloonInput(9.9))).toEqual(['applicator.fillVolumeCc']);
    expect(paths(balloonInput(200.1))).toEqual(['applicator.fillVolumeCc']);
    expect(paths(balloonInput(10))).toEqual([]);
    expect(paths(balloonInput(200))).toEqual([]);
    expect(paths(balloonInput(45, { airKermaStrengthU: 0 }))).toEqual(['airKermaStrengthU']);
    expect(paths(balloonInput(45, { prescription: { doseGy: 0, to: 'surface' } }))).toEqual([
      'prescription.doseGy',
    ]);
    expect(paths(balloonInput(45, { prescription: { doseGy: 2000, to: 'surface' } }))).toEqual([
      'prescription.doseGy',
    ]);
    expect(paths(balloonInput(45, { prescription: { doseGy: 50, to: 'surface' } }))).toEqual([]);
    expect(paths(balloonInput(45, { prescription: { doseGy: 20, to: 'depth' } }))).toEqual([
      'prescription.depthCm',
    ]);
    expect(
      paths(balloonInput(45, { prescription: { doseGy: 20, to: 'surface', depthCm: 1 } })),
    ).toEqual(['prescription.depthCm']);
    expect(paths({ ...balloonInput(45), prescription: { doseGy: 20, to: 'skin' } })).toEqual([
      'prescription.to',
    ]);
    expect(paths(balloonInput(45, { skinDistanceCm: -0.1 }))).toEqual(['skinDistanceCm']);
    expect(paths(balloonInput(45, { skinDistanceCm: 0 }))).toEqual([]);
    expect(paths(balloonInput(45, { chestWallDistanceCm: Number.NaN }))).toEqual([
      'chestWallDistanceCm',
    ]);
    expect(paths(balloonInput(45, { dwellStepCm: 0.05 }))).toEqual(['dwellStepCm']);
    expect(paths(balloonInput(45, { skinDistanceOverride: { reason: '  ' } }))).toEqual([
      'skinDistanceOverride.reason',
    ]);
    expect(paths({ ...balloonInput(45), skinDistanceMm: 8 })).toEqual(['skinDistanceMm']);
    expect(
      paths(balloonInput(45, { limits: { minSkinDistanceCm: 1.2, warnSkinDistanceCm: 1 } })),
    ).toEqual(['limits.warnSkinDistanceCm']);
    expect(paths(balloonInput(45, { limits: { secondCheckTolerancePercent: 0 } }))).toEqual([
      'limits.secondCheckTolerancePercent',
    ]);
    expect(paths({ ...balloonInput(45), limits: { maxSkinDoseGy: 10 } })).toEqual([
      'limits.maxSkinDoseGy',
    ]);
  });
});

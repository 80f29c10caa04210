import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DWELL_STEP_CM,
  DEFAULT_PLAN_LIMITS,
  planLimitsSchema,
  validatePlanInput,
} from '../../src/index.ts';
import { balloonInput, demo } from './fixtures.ts';

const paths = (input: unknown) => {
  const checked = validatePlanInput(input, demo, DEFAULT_PLAN_LIMITS);
  return checked.ok ? [] : checked.errors.map((e) => e.path).sort();
};
const nominal = demo.nominalAirKermaStrengthU ?? 0;

describe('validatePlanInput', () => {
  it('resolves the defaults: nominal S_K (said so), 0.5 cm step', () => {
    const checked = validatePlanInput(balloonInput(45), demo, DEFAULT_PLAN_LIMITS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input.airKermaStrengthU).toBe(nominal);
    expect(checked.input.strengthSource).toBe('nominal');
    expect(checked.input.dwellStepCm).toBe(DEFAULT_DWELL_STEP_CM);
  });

  it('keeps a measured strength within the program band, and refuses one outside it', () => {
    const check = (s: number) =>
      validatePlanInput(balloonInput(45, { airKermaStrengthU: s }), demo, DEFAULT_PLAN_LIMITS);
    const measured = check(nominal * 0.9);
    expect(measured.ok && measured.input.strengthSource).toBe('measured');
    expect(check(nominal * 0.8).ok).toBe(true);
    expect(check(nominal * 1.2).ok).toBe(true);
    for (const absurd of [
      nominal * 0.79,
      nominal * 1.21,
      nominal * 10,
      nominal / 100,
      1e308,
      1e-300,
    ]) {
      const refused = check(absurd);
      expect(refused.ok, String(absurd)).toBe(false);
      if (!refused.ok) {
        expect(refused.errors.map((e) => e.path)).toEqual(['airKermaStrengthU']);
        if (absurd > 0.1 && absurd < 1e6)
          expect(refused.errors[0]?.message).toMatch(/program accepts 8000–12000 U/);
      }
    }
    const narrow = { ...DEFAULT_PLAN_LIMITS, strengthTolerancePercent: 5 };
    expect(
      validatePlanInput(balloonInput(45, { airKermaStrengthU: nominal * 0.9 }), demo, narrow).ok,
    ).toBe(false);
  });

  it('needs a strength when the model has no nominal one', () => {
    const bare = { ...demo, nominalAirKermaStrengthU: undefined };
    const checked = validatePlanInput(balloonInput(45), bare, DEFAULT_PLAN_LIMITS);
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['airKermaStrengthU']);
    expect(validatePlanInput(balloonInput(45), undefined, DEFAULT_PLAN_LIMITS).ok).toBe(false);
    expect(
      validatePlanInput(
        balloonInput(45, { airKermaStrengthU: 10_000 }),
        undefined,
        DEFAULT_PLAN_LIMITS,
      ).ok,
    ).toBe(true);
  });

  it('refuses program limits sent with a plan, naming the field and why', () => {
    const checked = validatePlanInput(
      { ...balloonInput(45), limits: { minSkinDistanceCm: 0, warnSkinDistanceCm: 0 } },
      demo,
      DEFAULT_PLAN_LIMITS,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => e.path)).toEqual(['limits']);
    expect(checked.errors[0]?.message).toMatch(/program data/);
    expect(paths({ ...balloonInput(45), limits: {} })).toEqual(['limits']);
  });

  it('refuses unknown fields at every depth, by their path', () => {
    expect(
      paths({
        ...balloonInput(45),
        applicator: { type: 'balloon', fillVolumeCc: 45, junk: '<img src=x onerror=alert(1)>' },
      }),
    ).toEqual(['applicator.junk']);
    expect(
      paths({ ...balloonInput(45), prescription: { doseGy: 20, to: 'surface', x: 1 } }),
    ).toEqual(['prescription.x']);
    expect(paths({ ...balloonInput(45), skinDistanceOverride: { reason: 'r', by: 'me' } })).toEqual(
      ['skinDistanceOverride.by'],
    );
    expect(paths({ ...balloonInput(45), skinDistanceMm: 8 })).toEqual(['skinDistanceMm']);
  });

  it('names every bad field', () => {
    expect(paths(null)).toEqual(['(input)']);
    expect(paths({})).toEqual(['applicator', 'prescription', 'skinDistanceCm']);
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
    expect(paths(balloonInput(45, { chestWallDistanceCm: Number.POSITIVE_INFINITY }))).toEqual([
      'chestWallDistanceCm',
    ]);
    expect(paths(balloonInput(45, { dwellStepCm: 0.05 }))).toEqual(['dwellStepCm']);
    expect(paths(balloonInput(45, { skinDistanceOverride: { reason: '  ' } }))).toEqual([
      'skinDistanceOverride.reason',
    ]);
  });
});

describe('planLimitsSchema', () => {
  it('accepts the cited defaults', () => {
    expect(planLimitsSchema.parse(DEFAULT_PLAN_LIMITS)).toEqual(DEFAULT_PLAN_LIMITS);
    expect(DEFAULT_PLAN_LIMITS).toEqual({
      minSkinDistanceCm: 0.7,
      warnSkinDistanceCm: 1,
      secondCheckTolerancePercent: 5,
      strengthTolerancePercent: 20,
      outputTolerancePercent: 5,
      reportableDeviationPercent: 20,
    });
  });

  it('keeps the reportable-event threshold at or below the regulatory 20 %', () => {
    const above = planLimitsSchema.safeParse({
      ...DEFAULT_PLAN_LIMITS,
      reportableDeviationPercent: 25,
    });
    expect(above.success).toBe(false);
    expect(above.error?.issues[0]?.path).toEqual(['reportableDeviationPercent']);
    const { reportableDeviationPercent, ...older } = DEFAULT_PLAN_LIMITS;
    expect(planLimitsSchema.parse(older).reportableDeviationPercent).toBe(
      reportableDeviationPercent,
    );
  });

  it('gives limits written before the output tolerance existed its cited default (ADR 0016)', () => {
    const { outputTolerancePercent, ...fourLimits } = DEFAULT_PLAN_LIMITS;
    expect(outputTolerancePercent).toBe(5);
    expect(planLimitsSchema.parse({ ...fourLimits, strengthTolerancePercent: 10 })).toEqual({
      ...DEFAULT_PLAN_LIMITS,
      strengthTolerancePercent: 10,
    });
    expect(
      planLimitsSchema.safeParse({ ...DEFAULT_PLAN_LIMITS, outputTolerancePercent: 12 }).error
        ?.issues[0]?.message,
    ).toBe('must be at most 10 %');
  });

  it('refuses limits that would stop protecting anyone, and a warning below the minimum', () => {
    const bad = (patch: Record<string, unknown>) =>
      planLimitsSchema
        .safeParse({ ...DEFAULT_PLAN_LIMITS, ...patch })
        .error?.issues.map((i) => i.path.join('.'));
    expect(bad({ minSkinDistanceCm: 0, warnSkinDistanceCm: 0 })).toEqual([
      'minSkinDistanceCm',
      'warnSkinDistanceCm',
    ]);
    expect(bad({ secondCheckTolerancePercent: 50 })).toEqual(['secondCheckTolerancePercent']);
    expect(bad({ strengthTolerancePercent: 1000 })).toEqual(['strengthTolerancePercent']);
    expect(bad({ minSkinDistanceCm: 1.2, warnSkinDistanceCm: 1 })).toEqual(['warnSkinDistanceCm']);
    expect(bad({ extra: 1 })).toEqual(['']);
  });
});

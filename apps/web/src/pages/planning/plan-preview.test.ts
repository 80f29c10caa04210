import { DEFAULT_PLAN_LIMITS, shippedModel } from '@openiort/dosimetry';
import { describe, expect, it } from 'vitest';
import { previewPlan } from './plan-preview.ts';

const model = shippedModel('demo-50kv-ebx');
if (model === undefined) throw new Error('the demonstration model ships with OpenIORT');

describe('previewPlan', () => {
  it('plans 20 Gy to the surface of a 45 cc balloon in about ten minutes, with its DVH', () => {
    const plan = previewPlan(
      model,
      {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 1.2,
      },
      DEFAULT_PLAN_LIMITS,
    );
    expect(plan.status).toBe('ok');
    expect(plan.demonstration).toBe(true);
    expect(plan.totalTimeS).toBeGreaterThan(6 * 60);
    expect(plan.totalTimeS).toBeLessThan(16 * 60);
    expect(plan.surfaceDoseGy?.mean).toBeCloseTo(20, 6);
    expect(plan.dvh?.volumePercent[0]).toBe(100);
  });

  it('refuses a skin distance below the minimum, with no dose', () => {
    const plan = previewPlan(
      model,
      {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 0.5,
      },
      DEFAULT_PLAN_LIMITS,
    );
    expect(plan.status).toBe('refused');
    expect(plan.refusal?.message).toMatch(/below the program minimum/);
    expect(plan.totalTimeS).toBe(0);
  });

  it('refuses a measured strength outside the program band, naming the range', () => {
    expect(() =>
      previewPlan(
        model,
        {
          airKermaStrengthU: 100_000,
          applicator: { type: 'balloon', fillVolumeCc: 45 },
          prescription: { doseGy: 20, to: 'surface' },
          skinDistanceCm: 1.2,
        },
        DEFAULT_PLAN_LIMITS,
      ),
    ).toThrow(/program accepts 8000–12000 U/);
  });
});

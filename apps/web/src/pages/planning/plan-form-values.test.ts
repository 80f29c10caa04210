import { describe, expect, it } from 'vitest';
import {
  emptyPlanValues,
  fieldOfPath,
  formToPlanInput,
  needsOverride,
  parseDecimal,
  planValues,
  sameValues,
  sortPlanErrors,
  type PlanFormValues,
} from './plan-form-values.ts';

const filled: PlanFormValues = {
  ...emptyPlanValues('demo-50kv-ebx'),
  fillVolumeCc: '45',
  skinDistanceCm: '1,2',
};

describe('formToPlanInput', () => {
  it('builds the engine input, leaving out what was not given', () => {
    const result = formToPlanInput(filled);
    expect(result).toEqual({
      ok: true,
      input: {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 1.2,
      },
    });
  });

  it('keeps the stored dwell step and limits of the plan being edited', () => {
    const result = formToPlanInput(
      { ...filled, airKermaStrengthU: '9500', prescriptionTo: 'depth', depthCm: '0.5' },
      { dwellStepCm: 0.5, limits: { minSkinDistanceCm: 0.8 } },
    );
    expect(result.ok && result.input).toMatchObject({
      airKermaStrengthU: 9500,
      prescription: { doseGy: 20, to: 'depth', depthCm: 0.5 },
      dwellStepCm: 0.5,
      limits: { minSkinDistanceCm: 0.8 },
    });
  });

  it('names unreadable and out-of-range fields as the engine would', () => {
    const result = formToPlanInput({ ...filled, fillVolumeCc: '5', skinDistanceCm: 'one' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fields.fillVolumeCc).toBe(
        'Must be a number at least 10 and at most 200 cc',
      );
      expect(result.errors.fields.skinDistanceCm).toBe('Enter a number in cm, such as 1.2');
    }
  });

  it('sends the override only below the minimum skin distance, with a reason', () => {
    const below = { ...filled, skinDistanceCm: '0.5', overrideReason: '  thin flap, accepted ' };
    expect(needsOverride(below)).toBe(true);
    const withReason = formToPlanInput(below);
    expect(withReason.ok && withReason.input.skinDistanceOverride).toEqual({
      reason: 'thin flap, accepted',
    });
    // Above the minimum a leftover reason is not sent.
    const above = formToPlanInput({ ...below, skinDistanceCm: '1.2' });
    expect(above.ok && above.input.skinDistanceOverride).toBeUndefined();
    // Without a reason the plan is sent as is, and the engine refuses it.
    const noReason = formToPlanInput({ ...below, overrideReason: '' });
    expect(noReason.ok && noReason.input.skinDistanceOverride).toBeUndefined();
  });
});

describe('server field errors', () => {
  it('maps input paths onto the form fields', () => {
    expect(fieldOfPath('input.skinDistanceCm')).toBe('skinDistanceCm');
    expect(fieldOfPath('input.applicator.fillVolumeCc')).toBe('fillVolumeCc');
    expect(fieldOfPath('input.prescription.depthCm')).toBe('depthCm');
    expect(fieldOfPath('input.prescription.doseGy')).toBe('doseGy');
    expect(fieldOfPath('input.prescription.to')).toBe('prescriptionTo');
    expect(fieldOfPath('input.skinDistanceOverride.reason')).toBe('overrideReason');
    expect(fieldOfPath('sourceId')).toBe('sourceId');
    expect(fieldOfPath('input.limits.minSkinDistanceCm')).toBeNull();
  });

  it('keeps the first message per field and the rest apart', () => {
    const sorted = sortPlanErrors([
      { path: 'input.skinDistanceCm', message: 'must be a number at least 0 and at most 20 cm' },
      { path: 'input.skinDistanceCm', message: 'second' },
      { path: 'version', message: 'must be the version you edited' },
    ]);
    expect(sorted.fields).toEqual({
      skinDistanceCm: 'Must be a number at least 0 and at most 20 cm',
    });
    expect(sorted.other).toEqual(['version must be the version you edited']);
  });
});

describe('values', () => {
  it('round-trips a stored input and compares values as typed', () => {
    const values = planValues('demo-50kv-ebx', {
      airKermaStrengthU: 10000,
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 20, to: 'surface' },
      skinDistanceCm: 1.2,
      dwellStepCm: 0.5,
    });
    expect(values.fillVolumeCc).toBe('45');
    expect(values.chestWallDistanceCm).toBe('');
    expect(sameValues(values, { ...values, doseGy: ' 20 ' })).toBe(true);
    expect(sameValues(values, { ...values, doseGy: '21' })).toBe(false);
  });

  it('reads decimal commas and nothing that is not a number', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('1.2.3')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });
});

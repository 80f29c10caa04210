import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import {
  DEFAULT_PLAN_SETTINGS,
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

const { t } = createClinicianI18n();

const filled: PlanFormValues = {
  ...emptyPlanValues('demo-50kv-ebx'),
  fillVolumeCc: '45',
  skinDistanceCm: '1,2',
};

describe('formToPlanInput', () => {
  it('builds the engine input, leaving out what was not given', () => {
    const result = formToPlanInput(t, filled);
    expect(result).toEqual({
      ok: true,
      input: {
        applicator: { type: 'balloon', fillVolumeCc: 45 },
        prescription: { doseGy: 20, to: 'surface' },
        skinDistanceCm: 1.2,
      },
    });
  });

  it('keeps the stored dwell step of the plan being edited, and never sends limits', () => {
    const result = formToPlanInput(
      t,
      { ...filled, airKermaStrengthU: '9500', prescriptionTo: 'depth', depthCm: '0.5' },
      { ...DEFAULT_PLAN_SETTINGS, dwellStepCm: 0.5 },
    );
    expect(result.ok && result.input).toMatchObject({
      airKermaStrengthU: 9500,
      prescription: { doseGy: 20, to: 'depth', depthCm: 0.5 },
      dwellStepCm: 0.5,
    });
    expect(result.ok && 'limits' in result.input).toBe(false);
  });

  it('names unreadable and out-of-range fields as the engine would', () => {
    const result = formToPlanInput(t, { ...filled, fillVolumeCc: '5', skinDistanceCm: 'one' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fields.fillVolumeCc).toBe(
        'Must be a number at least 10 and at most 200 cc',
      );
      expect(result.errors.fields.skinDistanceCm).toBe('Enter a number in cm, such as 1.2');
    }
  });

  it('sends a radiation oncologist’s override only below the minimum skin distance, with a reason', () => {
    const oncologist = { ...DEFAULT_PLAN_SETTINGS, canOverride: true };
    const below = { ...filled, skinDistanceCm: '0.5', overrideReason: '  thin flap, accepted ' };
    expect(needsOverride(below)).toBe(true);
    const withReason = formToPlanInput(t, below, oncologist);
    expect(withReason.ok && withReason.input.skinDistanceOverride).toEqual({
      reason: 'thin flap, accepted',
    });
    // Above the minimum a leftover reason is not sent.
    const above = formToPlanInput(t, { ...below, skinDistanceCm: '1.2' }, oncologist);
    expect(above.ok && above.input.skinDistanceOverride).toBeUndefined();
    // Without a reason the plan is sent as is, and the engine refuses it.
    const noReason = formToPlanInput(t, { ...below, overrideReason: '' }, oncologist);
    expect(noReason.ok && noReason.input.skinDistanceOverride).toBeUndefined();
    // Anyone else's plan below the minimum is sent without an override (and refused).
    const physicist = formToPlanInput(t, below, DEFAULT_PLAN_SETTINGS);
    expect(physicist.ok && physicist.input.skinDistanceOverride).toBeUndefined();
  });

  it('checks the skin distance against the program limits in force', () => {
    const strict = {
      ...DEFAULT_PLAN_SETTINGS,
      limits: { ...DEFAULT_PLAN_SETTINGS.limits, minSkinDistanceCm: 1 },
    };
    expect(needsOverride({ ...filled, skinDistanceCm: '0.9' }, strict)).toBe(true);
    expect(needsOverride({ ...filled, skinDistanceCm: '0.9' })).toBe(false);
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
    expect(fieldOfPath('input.limits')).toBeNull();
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

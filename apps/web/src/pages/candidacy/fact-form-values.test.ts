import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import {
  EMPTY_FACT_VALUES,
  factsToFormValues,
  formValuesToFacts,
  serverFactErrors,
} from './fact-form-values.ts';

const { t } = createClinicianI18n();

describe('formValuesToFacts', () => {
  it('leaves empty fields out: empty means unknown', () => {
    expect(formValuesToFacts(t, { ...EMPTY_FACT_VALUES, histology: '  ' })).toEqual({
      ok: true,
      facts: {},
    });
  });

  it('parses numbers, whole numbers, booleans and codes', () => {
    const result = formValuesToFacts(t, {
      ...EMPTY_FACT_VALUES,
      phase: 'preoperative',
      ageYears: ' 65 ',
      invasiveSizeMm: '12.5',
      closestMarginMm: '2,5',
      grade: '2',
      lcis: 'no',
      registryEnrollment: 'yes',
      histology: 'ductal',
    });
    expect(result).toEqual({
      ok: true,
      facts: {
        phase: 'preoperative',
        ageYears: 65,
        invasiveSizeMm: 12.5,
        closestMarginMm: 2.5,
        grade: 2,
        lcis: false,
        registryEnrollment: true,
        histology: 'ductal',
      },
    });
  });

  it('names each field it cannot read, and values out of range', () => {
    const result = formValuesToFacts(t, {
      ...EMPTY_FACT_VALUES,
      ageYears: '65.5',
      invasiveSizeMm: 'twelve',
      dcisSizeMm: '-3',
      closestMarginMm: '150',
      histology: 'sarcoma',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.ageYears).toBe('Enter a whole number');
    expect(result.errors.invasiveSizeMm).toBe('Enter a number in mm, such as 12.5');
    expect(result.errors.dcisSizeMm).toBe('Enter a number in mm, such as 12.5');
    expect(result.errors.closestMarginMm).toBe('Must be from 0 to 100 mm');
    expect(result.errors.histology).toBe('Choose one of the listed values');
  });
});

describe('factsToFormValues', () => {
  it('round-trips with formValuesToFacts', () => {
    const facts = {
      phase: 'final-pathology',
      ageYears: 70,
      invasiveSizeMm: 8,
      antiHer2Therapy: false,
      pathologicNodalStage: 'pN0(i+)',
    } as const;
    const values = factsToFormValues(facts);
    expect(values.antiHer2Therapy).toBe('no');
    expect(values.invasiveSizeMm).toBe('8');
    expect(values.dcisSizeMm).toBe('');
    expect(formValuesToFacts(t, values)).toEqual({ ok: true, facts });
  });
});

describe('serverFactErrors', () => {
  it('puts facts.<name> errors on their fields', () => {
    expect(
      serverFactErrors([
        { path: 'facts.ageYears', message: 'must be from 0 to 120 years' },
        { path: 'facts', message: 'must be an object' },
      ]),
    ).toEqual({
      fields: { ageYears: 'Must be from 0 to 120 years' },
      other: ['must be an object'],
    });
  });
});

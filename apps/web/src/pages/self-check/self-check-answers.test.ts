import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, answersToFacts, sizeInMm } from './self-check-answers.ts';

describe('sizeInMm', () => {
  it('converts centimetres once and leaves millimetres alone', () => {
    expect(sizeInMm(1.5, 'cm')).toBe(15);
    expect(sizeInMm(1.1, 'cm')).toBe(11);
    expect(sizeInMm(0.25, 'cm')).toBe(2.5);
    expect(sizeInMm(3, 'cm')).toBe(30);
    expect(sizeInMm(15, 'mm')).toBe(15);
    expect(sizeInMm(2.5, 'mm')).toBe(2.5);
  });
});

describe('answersToFacts', () => {
  it('maps a full set of answers, before surgery', () => {
    expect(
      answersToFacts({
        age: '65',
        cancerType: 'ductal',
        size: '1.5',
        sizeUnit: 'cm',
        sizeNotSure: false,
        brca: 'negative',
        nodes: 'no',
      }),
    ).toEqual({
      ok: true,
      facts: {
        phase: 'preoperative',
        ageYears: 65,
        histology: 'ductal',
        invasiveSizeMm: 15,
        germlineBrca: 'negative',
        clinicalNodalStage: 'cN0',
      },
    });
  });

  it('leaves out everything the patient is not sure of', () => {
    expect(
      answersToFacts({
        ...EMPTY_ANSWERS,
        cancerType: 'not-sure',
        size: '2',
        sizeNotSure: true,
        brca: 'not-sure',
        nodes: 'not-sure',
      }),
    ).toEqual({ ok: true, facts: { phase: 'preoperative' } });
  });

  it('uses the DCIS extent for DCIS, both sizes when the type is not known', () => {
    const dcis = answersToFacts({
      ...EMPTY_ANSWERS,
      cancerType: 'dcis',
      size: '12',
      sizeUnit: 'mm',
    });
    expect(dcis).toEqual({
      ok: true,
      facts: { phase: 'preoperative', histology: 'dcis', dcisSizeMm: 12 },
    });
    const unsure = answersToFacts({ ...EMPTY_ANSWERS, size: '2', sizeUnit: 'cm' });
    expect(unsure).toEqual({
      ok: true,
      facts: { phase: 'preoperative', invasiveSizeMm: 20, dcisSizeMm: 20 },
    });
  });

  it('maps lobular and other types, BRCA carriers and affected nodes', () => {
    const result = answersToFacts({
      ...EMPTY_ANSWERS,
      cancerType: 'other',
      brca: 'brca2',
      nodes: 'yes',
    });
    expect(result).toEqual({
      ok: true,
      facts: {
        phase: 'preoperative',
        histology: 'other-invasive',
        germlineBrca: 'brca2',
        clinicalNodalStage: 'cN1',
      },
    });
    expect(answersToFacts({ ...EMPTY_ANSWERS, cancerType: 'lobular' })).toMatchObject({
      facts: { histology: 'lobular' },
    });
  });

  it('asks again for an age or size it cannot read', () => {
    const result = answersToFacts({ ...EMPTY_ANSWERS, age: 'sixty', size: '1.5cm' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.age).toMatch(/whole years/);
    expect(result.errors.size).toMatch(/centimetres/);
    expect(answersToFacts({ ...EMPTY_ANSWERS, age: '64.5' }).ok).toBe(false);
  });
});

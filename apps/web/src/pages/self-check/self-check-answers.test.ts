import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, answersToFacts, checkSize, sizeInMm } from './self-check-answers.ts';

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

describe('the size unit (issue 10 §1: "14" from a report is not 14 cm)', () => {
  it('preselects no unit and asks for one before checking', () => {
    expect(EMPTY_ANSWERS.sizeUnit).toBe('');
    const result = answersToFacts({ ...EMPTY_ANSWERS, size: '14' });
    expect(result).toEqual({ ok: false, errors: { size: 'sizeUnit' } });
  });

  it('asks to check the unit for a size over 10 cm, before any answer', () => {
    expect(checkSize({ ...EMPTY_ANSWERS, size: '14', sizeUnit: 'cm' })).toEqual({
      error: 'sizeTooLarge',
    });
    expect(checkSize({ ...EMPTY_ANSWERS, size: '10.5', sizeUnit: 'cm' })).toEqual({
      error: 'sizeTooLarge',
    });
    expect(checkSize({ ...EMPTY_ANSWERS, size: '101', sizeUnit: 'mm' })).toEqual({
      error: 'sizeTooLarge',
    });
    expect(answersToFacts({ ...EMPTY_ANSWERS, size: '14', sizeUnit: 'cm' }).ok).toBe(false);
  });

  it('asks to check the unit for a size under 1 mm', () => {
    expect(checkSize({ ...EMPTY_ANSWERS, size: '0.5', sizeUnit: 'mm' })).toEqual({
      error: 'sizeTooSmall',
    });
    expect(checkSize({ ...EMPTY_ANSWERS, size: '0,05', sizeUnit: 'cm' })).toEqual({
      error: 'sizeTooSmall',
    });
  });

  it('accepts sizes at the plausible edges, and an implausible one the patient confirmed', () => {
    expect(checkSize({ ...EMPTY_ANSWERS, size: '10', sizeUnit: 'cm' })).toEqual({ sizeMm: 100 });
    expect(checkSize({ ...EMPTY_ANSWERS, size: '1', sizeUnit: 'mm' })).toEqual({ sizeMm: 1 });
    expect(checkSize({ ...EMPTY_ANSWERS, size: '14', sizeUnit: 'mm' })).toEqual({ sizeMm: 14 });
    expect(
      checkSize({ ...EMPTY_ANSWERS, size: '14', sizeUnit: 'cm', sizeConfirmed: true }),
    ).toEqual({ sizeMm: 140 });
    expect(
      checkSize({ ...EMPTY_ANSWERS, size: '400', sizeUnit: 'cm', sizeConfirmed: true }),
    ).toEqual({ error: 'sizeNumber' });
  });
});

describe('answersToFacts', () => {
  it('maps a full set of answers, before surgery', () => {
    expect(
      answersToFacts({
        ...EMPTY_ANSWERS,
        age: '65',
        cancerType: 'ductal',
        size: '1.5',
        sizeUnit: 'cm',
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
    const result = answersToFacts({
      ...EMPTY_ANSWERS,
      age: 'sixty',
      size: '1.5cm',
      sizeUnit: 'cm',
    });
    expect(result).toEqual({ ok: false, errors: { age: 'age', size: 'sizeNumber' } });
    expect(answersToFacts({ ...EMPTY_ANSWERS, age: '64.5' }).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateRuleSet, type RuleSet } from '../src/index.ts';
import { representativeValues } from '../src/representatives.ts';

const source = { citation: 'Test table', detail: 'row', confidence: 'confirmed' as const };

/** A small invented rule set exercising each mechanism of the evaluator. */
const toy: RuleSet = {
  id: 'toy',
  version: 't1',
  title: 'Toy',
  citation: 'Test table',
  categories: ['good', 'fair', 'poor'],
  meaning: { good: 'good', fair: 'fair', poor: 'poor' },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source,
      rules: [
        { when: { field: 'ageYears', op: '>=', value: 50 }, category: 'good' },
        { when: { field: 'ageYears', op: '>=', value: 40 }, category: 'fair', escalateTo: 'poor' },
      ],
      otherwise: 'poor',
    },
    {
      id: 'er',
      label: 'ER',
      source: { ...source, confidence: 'unconfirmed' },
      rules: [{ when: { field: 'erStatus', in: ['positive'] }, category: 'good' }],
      otherwise: 'fair',
    },
    {
      id: 'dcis-grade',
      label: 'DCIS grade',
      source,
      appliesWhen: { field: 'histology', in: ['dcis'] },
      rules: [{ when: { field: 'dcisNuclearGrade', in: ['low'] }, category: 'good' }],
      otherwise: 'poor',
    },
  ],
};

describe('evaluateRuleSet', () => {
  it('decides when every fact that matters is known', () => {
    const result = evaluateRuleSet(toy, {
      ageYears: 60,
      erStatus: 'positive',
      histology: 'ductal',
    });
    expect(result).toMatchObject({ category: 'good', possibleCategories: ['good'], missing: [] });
  });

  it('decides despite unknown facts that cannot change the answer', () => {
    // 35 is "poor" whatever ER and histology turn out to be.
    const result = evaluateRuleSet(toy, { ageYears: 35 });
    expect(result).toMatchObject({ category: 'poor', missing: [] });
    expect(result.findings.find((f) => f.criterion === 'age')).toMatchObject({
      decisive: true,
      evidence: { ageYears: 35 },
    });
  });

  it('answers indeterminate with the possible categories and the facts that decide', () => {
    const result = evaluateRuleSet(toy, { ageYears: 60, histology: 'ductal' });
    expect(result).toMatchObject({
      category: 'indeterminate',
      possibleCategories: ['good', 'fair'],
      missing: ['erStatus'],
    });
    expect(result.findings.find((f) => f.criterion === 'er')).toMatchObject({
      outcome: 'unknown',
      possibleCategories: ['good', 'fair'],
    });
  });

  it('applies a conditional rule only while every other criterion is at the best category', () => {
    expect(
      evaluateRuleSet(toy, { ageYears: 45, erStatus: 'positive', histology: 'ductal' }).category,
    ).toBe('fair');
    expect(
      evaluateRuleSet(toy, { ageYears: 45, erStatus: 'negative', histology: 'ductal' }).category,
    ).toBe('poor');
    expect(
      evaluateRuleSet(toy, { ageYears: 55, erStatus: 'negative', histology: 'ductal' }).category,
    ).toBe('fair');
  });

  it('ignores a criterion that does not apply, and reports it as such', () => {
    const result = evaluateRuleSet(toy, {
      ageYears: 60,
      erStatus: 'positive',
      histology: 'lobular',
    });
    expect(result.category).toBe('good');
    expect(result.findings.find((f) => f.criterion === 'dcis-grade')?.outcome).toBe(
      'not-applicable',
    );
  });

  it('flags results that used an unconfirmed source', () => {
    expect(
      evaluateRuleSet(toy, { ageYears: 60, erStatus: 'positive', histology: 'ductal' })
        .includesUnconfirmed,
    ).toBe(true);
  });

  it('keeps criteria that read the same unknown fact consistent with each other', () => {
    // Each criterion alone could be "good", but no size satisfies both: the answer is decided.
    const split: RuleSet = {
      ...toy,
      criteria: [
        {
          id: 'small',
          label: 'small',
          source,
          rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 20 }, category: 'good' }],
          otherwise: 'poor',
        },
        {
          id: 'large',
          label: 'large',
          source,
          rules: [{ when: { field: 'invasiveSizeMm', op: '>', value: 20 }, category: 'good' }],
          otherwise: 'poor',
        },
      ],
    };
    expect(evaluateRuleSet(split, {})).toMatchObject({ category: 'poor', missing: [] });
  });

  it('treats an explicit "unknown" answer as missing', () => {
    const brca: RuleSet = {
      ...toy,
      criteria: [
        {
          id: 'brca',
          label: 'BRCA',
          source,
          rules: [{ when: { field: 'germlineBrca', in: ['negative'] }, category: 'good' }],
          otherwise: 'poor',
        },
      ],
    };
    expect(evaluateRuleSet(brca, { germlineBrca: 'unknown' })).toMatchObject({
      category: 'indeterminate',
      missing: ['germlineBrca'],
    });
    const assumed = evaluateRuleSet(
      {
        ...brca,
        assumeWhenUnknown: { facts: { germlineBrca: 'negative' }, reason: 'testing not required' },
      },
      {},
    );
    expect(assumed).toMatchObject({ category: 'good', assumed: { germlineBrca: 'negative' } });
  });

  it('answers indeterminate before final pathology for rule sets that need it', () => {
    const gated = { ...toy, requiresFinalPathology: true };
    expect(
      evaluateRuleSet(gated, { phase: 'preoperative', ageYears: 60, erStatus: 'positive' }),
    ).toMatchObject({
      category: 'indeterminate',
      missing: ['phase'],
      possibleCategories: ['good', 'fair', 'poor'],
    });
    expect(
      evaluateRuleSet(gated, {
        phase: 'final-pathology',
        ageYears: 60,
        erStatus: 'positive',
        histology: 'ductal',
      }).category,
    ).toBe('good');
  });

  it('is deterministic', () => {
    const facts = { ageYears: 47, histology: 'dcis' as const };
    expect(evaluateRuleSet(toy, facts)).toEqual(evaluateRuleSet(toy, facts));
  });
});

describe('representativeValues', () => {
  it('covers each threshold, a value between neighbours, and one step beyond the ends', () => {
    expect(representativeValues('ageYears', [50, 40, 50])).toEqual([39, 40, 45, 50, 51]);
    expect(representativeValues('closestMarginMm', [0, 2])).toEqual([0, 1, 2, 2.05]);
    expect(representativeValues('grade', [3])).toEqual([2, 3]);
    expect(representativeValues('invasiveSizeMm', [])).toEqual([0]);
  });

  it('lists every value of a category field, without the explicit "unknown"', () => {
    expect(representativeValues('germlineBrca', [])).toEqual(['negative', 'brca1', 'brca2']);
    expect(representativeValues('lcis', [])).toEqual([true, false]);
  });

  it('keeps one value per class the listed values cannot tell apart', () => {
    const lists = [['dcis'], ['lobular', 'mixed-ductal-lobular']];
    expect(representativeValues('histology', [], lists)).toEqual(['ductal', 'lobular', 'dcis']);
    expect(representativeValues('nodalSurgery', [], [['none']])).toEqual(['none', 'slnb']);
    expect(representativeValues('nodalSurgery', [], [])).toEqual(['none']);
    expect(representativeValues('lcis', [], [[true]])).toEqual([true, false]);
  });
});

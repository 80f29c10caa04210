import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRAM_CRITERIA,
  evaluateRuleSet,
  programRuleSet,
  type ClinicalFacts,
} from '../../src/index.ts';
import { evaluator, itAsksFor, itDecides, without } from './rule-set-cases.ts';

const YES = 'candidate';
const NO = 'not-candidate';
const BOTH = [YES, NO];
const program = programRuleSet(DEFAULT_PROGRAM_CRITERIA);
const evaluate = evaluator(program);

const baseline: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 65,
  histology: 'ductal',
  invasiveSizeMm: 15,
  dcisSizeMm: 10,
  germlineBrca: 'negative',
  pathologicNodalStage: 'pN0',
};

describe('program-default', () => {
  it('a baseline case is a candidate', () => {
    expect(evaluate(baseline)).toMatchObject({ category: YES, version: 'default-1' });
  });

  itDecides(program, baseline, [
    ['age', { ageYears: 59 }, NO],
    ['age', { ageYears: 60 }, NO],
    ['age', { ageYears: 61 }, YES],
    ['histology', { histology: 'dcis' }, YES],
    ['histology', { histology: 'lobular' }, NO],
    ['histology', { histology: 'mucinous' }, NO],
    ['invasive-size', { invasiveSizeMm: 29.95 }, YES],
    ['invasive-size', { invasiveSizeMm: 30 }, NO],
    ['invasive-size', { invasiveSizeMm: 30.05 }, NO],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 29.95 }, YES],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30 }, NO],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30.05 }, NO],
    ['brca', { germlineBrca: 'brca1' }, NO],
    ['brca', { germlineBrca: 'brca2' }, NO],
    ['nodes', { pathologicNodalStage: 'pN0(i+)' }, YES],
    ['nodes', { pathologicNodalStage: 'pN1mi' }, NO],
    ['nodes', { pathologicNodalStage: 'pNX' }, NO],
    [
      'nodes',
      { phase: 'preoperative', pathologicNodalStage: undefined, clinicalNodalStage: 'cN0' },
      YES,
    ],
    [
      'nodes',
      { phase: 'preoperative', pathologicNodalStage: undefined, clinicalNodalStage: 'cN1' },
      NO,
    ],
  ]);

  itAsksFor(program, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['histology'], ['histology'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['histology', 'dcisSizeMm'], ['histology', 'dcisSizeMm'], BOTH],
    [['germlineBrca'], ['germlineBrca'], BOTH],
    [['pathologicNodalStage'], ['pathologicNodalStage'], BOTH],
    [['phase', 'pathologicNodalStage'], ['phase', 'pathologicNodalStage'], BOTH],
  ]);

  it('BRCA "unknown" is missing, not negative', () => {
    const result = evaluate({ ...baseline, germlineBrca: 'unknown' });
    expect(result).toMatchObject({ category: 'indeterminate', missing: ['germlineBrca'] });
    expect(result.assumed).toEqual({});
  });

  it('the pathologic stage counts without the phase', () => {
    expect(evaluate(without(baseline, 'phase')).category).toBe(YES);
  });

  it.each<[ClinicalFacts]>([
    [{ ageYears: 30 }],
    [{ histology: 'lobular' }],
    [{ germlineBrca: 'brca2' }],
    [{ phase: 'preoperative', clinicalNodalStage: 'cN1' }],
  ])('decides %j not a candidate with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });

  it('follows the program’s own settings', () => {
    const custom = programRuleSet({
      ...DEFAULT_PROGRAM_CRITERIA,
      version: 'custom-2',
      minAgeExclusiveYears: 50,
      excludeBrcaCarriers: false,
      histologies: ['ductal', 'lobular'],
    });
    const facts: ClinicalFacts = { ...baseline, ageYears: 55, germlineBrca: 'brca2' };
    expect(evaluateRuleSet(custom, facts)).toMatchObject({ category: YES, version: 'custom-2' });
    expect(evaluateRuleSet(custom, { ...facts, histology: 'lobular' }).category).toBe(YES);
    expect(evaluateRuleSet(custom, { ...facts, histology: 'dcis' }).category).toBe(NO);
    // With carriers allowed, BRCA cannot change the answer, so an untested patient is decided.
    expect(evaluateRuleSet(custom, { ...facts, germlineBrca: 'unknown' }).category).toBe(YES);
  });
});

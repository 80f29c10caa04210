import { describe, expect, it } from 'vitest';
import type { ClinicalFacts } from '../../src/index.ts';
import {
  BOTH,
  evaluator,
  itAsksFor,
  itDecides,
  NO,
  OK,
  ruleSetById,
  without,
} from './rule-set-cases.ts';

const eliot = ruleSetById('eliot');
const evaluate = evaluator(eliot);

const baseline: ClinicalFacts = {
  phase: 'preoperative',
  ageYears: 60,
  histology: 'ductal',
  skinOrChestWallInvolvement: false,
  invasiveSizeMm: 20,
  centricity: 'unicentric',
  focality: 'unifocal',
  clinicalNodalStage: 'cN0',
};

describe('eliot', () => {
  it('a baseline case is eligible', () => {
    expect(evaluate(baseline)).toMatchObject({ category: OK, includesUnconfirmed: false });
  });

  itDecides(eliot, baseline, [
    ['age', { ageYears: 47 }, NO],
    ['age', { ageYears: 48 }, OK],
    ['age', { ageYears: 49 }, OK],
    ['age', { ageYears: 74 }, OK],
    ['age', { ageYears: 75 }, OK],
    ['age', { ageYears: 76 }, NO],
    ['centricity', { centricity: 'multicentric' }, NO],
    ['invasive-size', { invasiveSizeMm: 24.95 }, OK],
    ['invasive-size', { invasiveSizeMm: 25 }, OK],
    ['invasive-size', { invasiveSizeMm: 25.05 }, NO],
    ['invasive-size', { histology: 'lobular' }, OK],
    ['invasive-cancer', { histology: 'dcis' }, NO],
    ['clinical-multifocality', { focality: 'multifocal-clinical' }, NO],
    ['nodes', { clinicalNodalStage: 'cN1' }, NO],
  ]);

  // Issue 9 point 4: entry was judged on the clinical axilla ("clinically node-negative", §1g).
  it.each<ClinicalFacts['pathologicNodalStage']>(['pN0(i+)', 'pN1mi', 'pN1a', 'pN2a', 'pNX'])(
    'a cN0 patient found %s at surgery would still have met the entry criteria',
    (pathologicNodalStage) => {
      const result = evaluate({ ...baseline, phase: 'final-pathology', pathologicNodalStage });
      expect(result.category).toBe(OK);
      const cN1 = { ...baseline, phase: 'final-pathology', clinicalNodalStage: 'cN1' } as const;
      expect(evaluate({ ...cN1, pathologicNodalStage }).category).toBe(NO);
      expect(result.findings.find((f) => f.criterion === 'nodes')?.evidence).toEqual({
        clinicalNodalStage: 'cN0',
      });
    },
  );

  // Issue 9 point 5: pure DCIS and clinical multifocality were excluded (readings marked
  // unconfirmed: clinical.md §1g does not state them).
  it.each<[string, ClinicalFacts]>([
    ['pure DCIS of 15 mm', { histology: 'dcis', dcisSizeMm: 15 }],
    ['clinically multifocal disease', { focality: 'multifocal-clinical' }],
  ])('%s is ineligible, on a rule marked unconfirmed', (_, change) => {
    expect(evaluate({ ...baseline, ...change })).toMatchObject({
      category: NO,
      includesUnconfirmed: true,
    });
  });

  it('microscopic multifocality is not a clinical exclusion', () => {
    const result = evaluate({ ...baseline, focality: 'multifocal-microscopic' });
    expect(result).toMatchObject({ category: OK, includesUnconfirmed: false });
  });

  itAsksFor(eliot, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['centricity'], ['centricity'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['histology'], ['histology'], BOTH],
    [['focality'], ['focality'], BOTH],
    [['clinicalNodalStage'], ['clinicalNodalStage'], BOTH],
  ]);

  it('at final pathology still asks for the clinical stage, not the pathologic one', () => {
    const result = evaluate({
      ...without(baseline, 'clinicalNodalStage'),
      phase: 'final-pathology',
      pathologicNodalStage: 'pN0',
    });
    expect(result).toMatchObject({ category: 'indeterminate', missing: ['clinicalNodalStage'] });
  });

  it.each<[ClinicalFacts]>([
    [{ ageYears: 47 }],
    [{ ageYears: 76 }],
    [{ centricity: 'multicentric' }],
    [{ clinicalNodalStage: 'cN1', phase: 'preoperative' }],
    [{ histology: 'dcis' }],
    [{ focality: 'multifocal-clinical' }],
  ])('decides %j ineligible with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });
});

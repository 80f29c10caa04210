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

const asbrs = ruleSetById('asbrs');
const evaluate = evaluator(asbrs);

const baseline: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 60,
  histology: 'ductal',
  skinOrChestWallInvolvement: false,
  invasiveSizeMm: 15,
  dcisSizeMm: 10,
  closestMarginMm: 2,
  pathologicNodalStage: 'pN0',
};

describe('asbrs (pre-2018 criteria only)', () => {
  it('a baseline case is eligible, on confirmed rules only', () => {
    expect(evaluate(baseline)).toMatchObject({ category: OK, includesUnconfirmed: false });
    // Only the readings for T4 and an unstaged pure DCIS axilla (issue 9 points 1, 2) are
    // unconfirmed, and neither applies to this case.
    const unconfirmed = asbrs.criteria.filter((c) => c.source.confidence !== 'confirmed');
    expect(unconfirmed.map((c) => c.id)).toEqual(['t4', 'dcis-axilla-not-staged']);
  });

  itDecides(asbrs, baseline, [
    ['age', { ageYears: 44 }, NO],
    ['age', { ageYears: 45 }, OK],
    ['age', { ageYears: 46 }, OK],
    ['histology', { histology: 'dcis' }, OK],
    ['histology', { histology: 'lobular' }, NO],
    ['histology', { histology: 'mixed-ductal-lobular' }, NO],
    ['histology', { histology: 'mucinous' }, NO],
    ['histology', { histology: 'tubular' }, NO],
    ['invasive-size', { invasiveSizeMm: 29.95 }, OK],
    ['invasive-size', { invasiveSizeMm: 30 }, OK],
    ['invasive-size', { invasiveSizeMm: 30.05 }, NO],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 29.95 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30.05 }, NO],
    ['margins', { closestMarginMm: 0 }, NO],
    ['margins', { closestMarginMm: 0.05 }, OK],
    ['nodes', { pathologicNodalStage: 'pN0(i+)' }, OK],
    ['nodes', { pathologicNodalStage: 'pN1mi' }, NO],
    ['nodes', { pathologicNodalStage: 'pNX' }, NO],
  ]);

  itAsksFor(asbrs, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['histology'], ['histology'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['histology', 'dcisSizeMm'], ['histology', 'dcisSizeMm'], BOTH],
    [['closestMarginMm'], ['closestMarginMm'], BOTH],
    [['pathologicNodalStage'], ['pathologicNodalStage'], BOTH],
  ]);

  it('does not read LVSI, grade, EIC or ER (not specified)', () => {
    const facts: ClinicalFacts = {
      ...baseline,
      lvsi: 'extensive',
      grade: 3,
      eic: 'present',
      erStatus: 'negative',
    };
    expect(evaluate(facts).category).toBe(OK);
  });

  it('does not need the DCIS extent for an invasive cancer', () => {
    expect(evaluate(without(baseline, 'dcisSizeMm')).category).toBe(OK);
  });

  it.each<[ClinicalFacts]>([
    [{ ageYears: 44 }],
    [{ histology: 'lobular' }],
    [{ closestMarginMm: 0 }],
    [{ pathologicNodalStage: 'pN1a', nodalSurgery: 'slnb' }],
  ])('decides %j ineligible with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });
});

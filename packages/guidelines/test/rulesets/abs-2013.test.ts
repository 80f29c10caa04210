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

const abs2013 = ruleSetById('abs-2013');
const evaluate = evaluator(abs2013);

const baseline: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 60,
  histology: 'ductal',
  skinOrChestWallInvolvement: false,
  invasiveSizeMm: 15,
  dcisSizeMm: 10,
  closestMarginMm: 2,
  lvsi: 'none',
  pathologicNodalStage: 'pN0',
};

describe('abs-2013', () => {
  it('a baseline case is eligible', () => {
    expect(evaluate(baseline)).toMatchObject({ category: OK, includesUnconfirmed: false });
  });

  itDecides(abs2013, baseline, [
    ['age', { ageYears: 49 }, NO],
    ['age', { ageYears: 50 }, OK],
    ['age', { ageYears: 51 }, OK],
    ['invasive-size', { invasiveSizeMm: 29.95 }, OK],
    ['invasive-size', { invasiveSizeMm: 30 }, OK],
    ['invasive-size', { invasiveSizeMm: 30.05 }, NO],
    ['invasive-size', { histology: 'lobular' }, OK],
    ['invasive-size', { histology: 'mixed-ductal-lobular' }, OK],
    ['invasive-size', { histology: 'other-invasive' }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 29.95 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30.05 }, NO],
    ['margins', { closestMarginMm: 0 }, NO],
    ['margins', { closestMarginMm: 0.05 }, OK],
    ['lvsi', { lvsi: 'focal' }, NO],
    ['lvsi', { lvsi: 'extensive' }, NO],
    ['nodes', { pathologicNodalStage: 'pN0(i+)' }, OK],
    ['nodes', { pathologicNodalStage: 'pN0(mol+)' }, OK],
    ['nodes', { pathologicNodalStage: 'pN1mi' }, NO],
    ['nodes', { pathologicNodalStage: 'pN1a' }, NO],
    ['nodes', { pathologicNodalStage: 'pNX' }, NO],
  ]);

  itAsksFor(abs2013, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['histology', 'dcisSizeMm'], ['histology', 'dcisSizeMm'], BOTH],
    [['closestMarginMm'], ['closestMarginMm'], BOTH],
    [['lvsi'], ['lvsi'], BOTH],
    [['pathologicNodalStage'], ['pathologicNodalStage'], BOTH],
  ]);

  // Issue 9 point 6; Shah 2013 "LVSI not present" (clinical.md §1e), read for invasive cancer only.
  it('LVSI is not read for pure DCIS: unknown LVSI leaves DCIS decided', () => {
    const result = evaluate({ ...without(baseline, 'lvsi'), histology: 'dcis' });
    expect(result).toMatchObject({ category: OK, missing: [] });
    expect(result.findings.find((f) => f.criterion === 'lvsi')?.outcome).toBe('not-applicable');
  });

  it('needs no histology when both sizes qualify, and reads neither ER nor grade', () => {
    expect(evaluate(without(baseline, 'histology')).category).toBe(OK);
    expect(evaluate({ ...baseline, erStatus: 'negative', grade: 3 }).category).toBe(OK);
  });

  it.each<[ClinicalFacts]>([
    [{ ageYears: 49 }],
    [{ closestMarginMm: 0 }],
    [{ lvsi: 'extensive', histology: 'ductal' }],
    [{ pathologicNodalStage: 'pN2a', nodalSurgery: 'slnb' }],
  ])('decides %j ineligible with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });
});

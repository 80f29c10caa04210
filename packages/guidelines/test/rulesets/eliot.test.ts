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
  invasiveSizeMm: 20,
  dcisSizeMm: 10,
  centricity: 'unicentric',
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
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 24.95 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 25 }, OK],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 25.05 }, NO],
    ['nodes', { clinicalNodalStage: 'cN1' }, NO],
    ['nodes', { phase: 'final-pathology', pathologicNodalStage: 'pN0(i+)' }, OK],
    ['nodes', { phase: 'final-pathology', pathologicNodalStage: 'pN1mi' }, NO],
    ['nodes', { phase: 'final-pathology', pathologicNodalStage: 'pNX' }, NO],
  ]);

  itAsksFor(eliot, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['centricity'], ['centricity'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['histology', 'dcisSizeMm'], ['histology', 'dcisSizeMm'], BOTH],
    [['clinicalNodalStage'], ['clinicalNodalStage', 'pathologicNodalStage'], BOTH],
  ]);

  it('needs no histology when both sizes qualify', () => {
    expect(evaluate(without(baseline, 'histology')).category).toBe(OK);
  });

  it.each<[ClinicalFacts]>([
    [{ ageYears: 47 }],
    [{ ageYears: 76 }],
    [{ centricity: 'multicentric' }],
    [{ clinicalNodalStage: 'cN1', phase: 'preoperative' }],
  ])('decides %j ineligible with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });
});

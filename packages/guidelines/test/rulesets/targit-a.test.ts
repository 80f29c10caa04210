import { describe, expect, it } from 'vitest';
import type { ClinicalFacts } from '../../src/index.ts';
import {
  BOTH,
  evaluator,
  expectDecidedBy,
  itAsksFor,
  itDecides,
  NO,
  OK,
  ruleSetById,
  without,
} from './rule-set-cases.ts';

const targitA = ruleSetById('targit-a');
const evaluate = evaluator(targitA);

/** Before lumpectomy, every entry criterion met. */
const baseline: ClinicalFacts = {
  phase: 'preoperative',
  ageYears: 60,
  histology: 'ductal',
  skinOrChestWallInvolvement: false,
  invasiveSizeMm: 20,
  eic: 'absent',
  clinicalNodalStage: 'cN0',
  centricity: 'unicentric',
  focality: 'unifocal',
  priorIpsilateralRadiation: false,
  germlineBrca: 'negative',
  neoadjuvantTherapy: false,
};
const final = (stage: ClinicalFacts['pathologicNodalStage']): ClinicalFacts => ({
  phase: 'final-pathology',
  pathologicNodalStage: stage,
});

describe('targit-a', () => {
  it('a baseline case is eligible, assuming nothing', () => {
    expect(evaluate(baseline)).toMatchObject({ category: OK, assumed: {} });
  });

  itDecides(targitA, baseline, [
    ['age', { ageYears: 44 }, NO],
    ['age', { ageYears: 45 }, OK],
    ['age', { ageYears: 46 }, OK],
    ['histology', { histology: 'mucinous' }, OK],
    ['histology', { histology: 'papillary' }, OK],
    ['histology', { histology: 'other-invasive' }, OK],
    ['histology', { histology: 'lobular' }, NO],
    ['histology-mixed', { histology: 'mixed-ductal-lobular' }, NO],
    ['histology', { histology: 'dcis' }, NO],
    ['invasive-size', { invasiveSizeMm: 34.95 }, OK],
    ['invasive-size', { invasiveSizeMm: 35 }, OK],
    ['invasive-size', { invasiveSizeMm: 35.05 }, NO],
    ['eic', { eic: 'present' }, NO],
    ['nodes', { clinicalNodalStage: 'cN1' }, OK],
    ['nodes', { clinicalNodalStage: 'cN2' }, NO],
    ['nodes', { clinicalNodalStage: 'cN3' }, NO],
    ['centricity', { centricity: 'multicentric' }, NO],
    ['focality', { focality: 'multifocal-clinical' }, NO],
    ['focality', { focality: 'multifocal-microscopic' }, OK],
    ['prior-radiation', { priorIpsilateralRadiation: true }, NO],
    ['brca', { germlineBrca: 'brca2' }, NO],
    ['brca', { germlineBrca: 'brca1' }, OK],
    ['neoadjuvant', { neoadjuvantTherapy: true }, NO],
  ]);

  // Issue 9 point 7: no source states the mixed ductal–lobular exclusion (clinical.md §1f).
  it('the exclusion of mixed ductal–lobular histology is marked unconfirmed', () => {
    const result = evaluate({ ...baseline, histology: 'mixed-ductal-lobular' });
    expect(result).toMatchObject({ category: NO, includesUnconfirmed: true });
    expect(evaluate(baseline).includesUnconfirmed).toBe(false);
    expect(evaluate({ ...baseline, histology: 'lobular' }).includesUnconfirmed).toBe(false);
  });

  it.each<[string, ClinicalFacts, string | null]>([
    ['not recorded', without(baseline, 'germlineBrca'), null],
    ['"unknown"', { ...baseline, germlineBrca: 'unknown' }, 'unknown'],
  ])('BRCA %s: testing was not required, so negative is assumed', (_, facts, recorded) => {
    const result = evaluate(facts);
    expect(result.category).toBe(OK);
    const finding = result.findings.find((f) => f.criterion === 'brca');
    expect(finding).toMatchObject({ outcome: 'decided', decisive: true, category: OK });
    expect(finding?.evidence.germlineBrca).toBe(recorded);
    expect(result.assumed).toEqual({ germlineBrca: 'negative' });
    expect(result.missing).not.toContain('germlineBrca');
  });

  // Issue 9 point 4: entry was judged on the clinical stage (cN0–N1, clinical.md §1f); nodes
  // found at surgery belong to the risk-adapted re-evaluation.
  it.each<ClinicalFacts['pathologicNodalStage']>(['pN1a', 'pN1c', 'pN2a', 'pN3a', 'pNX'])(
    'a cN0 patient found %s at surgery met the entry criteria',
    (stage) => {
      const result = evaluate({ ...baseline, ...final(stage), clinicalNodalStage: 'cN0' });
      expectDecidedBy(result, 'nodes', OK, { clinicalNodalStage: 'cN0' });
      const cN2 = evaluate({ ...baseline, ...final(stage), clinicalNodalStage: 'cN2' });
      expectDecidedBy(cN2, 'nodes', NO, { clinicalNodalStage: 'cN2' });
      expect(result.findings.find((f) => f.criterion === 'nodes')?.evidence).toEqual({
        clinicalNodalStage: 'cN0',
      });
    },
  );

  itAsksFor(targitA, baseline, [
    [['ageYears'], ['ageYears'], BOTH],
    [['histology'], ['histology'], BOTH],
    [['invasiveSizeMm'], ['invasiveSizeMm'], BOTH],
    [['eic'], ['eic'], BOTH],
    [['clinicalNodalStage'], ['clinicalNodalStage'], BOTH],
    [['centricity'], ['centricity'], BOTH],
    [['focality'], ['focality'], BOTH],
    [['priorIpsilateralRadiation'], ['priorIpsilateralRadiation'], BOTH],
    [['neoadjuvantTherapy'], ['neoadjuvantTherapy'], BOTH],
  ]);

  it.each<[ClinicalFacts]>([
    [{ ageYears: 44 }],
    [{ histology: 'lobular' }],
    [{ histology: 'dcis' }],
    [{ eic: 'present' }],
    [{ germlineBrca: 'brca2' }],
    [{ priorIpsilateralRadiation: true }],
  ])('decides %j ineligible with every other fact unknown', (facts) => {
    expect(evaluate(facts)).toMatchObject({ category: NO, missing: [] });
  });
});

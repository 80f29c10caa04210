import { describe, expect, it } from 'vitest';
import type { ClinicalFacts } from '../../src/index.ts';
import { evaluator, itAsksFor, itDecides, ruleSetById, without } from './rule-set-cases.ts';

const gecEstro2010 = ruleSetById('gec-estro-2010');
const evaluate = evaluator(gecEstro2010);

const LOW = 'low-risk';
const MID = 'intermediate-risk';
const HIGH = 'high-risk';
const ALL = [LOW, MID, HIGH];

/** Every criterion low risk, so the one a case changes decides. */
const baseline: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 60,
  histology: 'ductal',
  skinOrChestWallInvolvement: false,
  invasiveSizeMm: 15,
  dcisSizeMm: 10,
  closestMarginMm: 5,
  centricity: 'unicentric',
  focality: 'unifocal',
  eic: 'absent',
  lvsi: 'none',
  pathologicNodalStage: 'pN0',
  nodalSurgery: 'slnb',
  neoadjuvantTherapy: false,
};

describe('gec-estro-2010', () => {
  it('a baseline low-risk case is low risk on confirmed rules only', () => {
    const result = evaluate(baseline);
    expect(result.category).toBe(LOW);
    expect(result.includesUnconfirmed).toBe(false);
    expect(result.meaning).toMatch(/outside clinical trials/);
  });

  itDecides(gecEstro2010, baseline, [
    ['age', { ageYears: 39 }, HIGH],
    ['age', { ageYears: 40 }, HIGH],
    ['age', { ageYears: 41 }, MID],
    ['age', { ageYears: 49 }, MID],
    ['age', { ageYears: 50 }, MID],
    ['age', { ageYears: 51 }, LOW],
    ['histology', { histology: 'mucinous' }, LOW],
    ['histology', { histology: 'tubular' }, LOW],
    ['histology', { histology: 'medullary' }, LOW],
    ['histology', { histology: 'lobular' }, MID],
    ['histology', { histology: 'mixed-ductal-lobular' }, MID],
    ['histology', { histology: 'dcis' }, MID],
    ['histology-not-in-table', { histology: 'papillary' }, MID],
    ['histology-not-in-table', { histology: 'other-invasive' }, MID],
    ['invasive-size', { invasiveSizeMm: 29.95 }, LOW],
    ['invasive-size', { invasiveSizeMm: 30 }, LOW],
    ['invasive-size', { invasiveSizeMm: 30.05 }, HIGH],
    ['dcis-size', { histology: 'dcis', dcisSizeMm: 30.05 }, HIGH],
    ['margins', { closestMarginMm: 0 }, HIGH],
    ['margins', { closestMarginMm: 0.05 }, MID],
    ['margins', { closestMarginMm: 1.95 }, MID],
    ['margins', { closestMarginMm: 2 }, LOW],
    ['margins', { closestMarginMm: 2.05 }, LOW],
    ['centricity', { centricity: 'multicentric' }, HIGH],
    ['focality', { focality: 'multifocal-microscopic', multifocalSpanMm: 19.95 }, MID],
    ['focality', { focality: 'multifocal-microscopic', multifocalSpanMm: 20 }, MID],
    ['focality', { focality: 'multifocal-clinical', multifocalSpanMm: 20.05 }, HIGH],
    ['eic', { eic: 'present' }, HIGH],
    ['lvsi', { lvsi: 'focal' }, HIGH],
    ['lvsi', { lvsi: 'extensive' }, HIGH],
    ['nodes', { pathologicNodalStage: 'pN0(i+)' }, LOW],
    ['nodes', { pathologicNodalStage: 'pN0(mol+)' }, LOW],
    ['nodes', { pathologicNodalStage: 'pN0', nodalSurgery: 'alnd' }, LOW],
    ['nodes', { pathologicNodalStage: 'pN1mi' }, MID],
    ['nodes', { pathologicNodalStage: 'pN1a', nodalSurgery: 'alnd' }, MID],
    ['nodes', { pathologicNodalStage: 'pN2a' }, HIGH],
    ['nodes', { pathologicNodalStage: 'pN3c' }, HIGH],
    ['nodes', { pathologicNodalStage: 'pNX' }, HIGH],
    ['nodes-not-in-table', { pathologicNodalStage: 'pN1a', nodalSurgery: 'slnb' }, MID],
    ['nodes-not-in-table', { pathologicNodalStage: 'pN1b' }, MID],
    ['nodes-not-in-table', { pathologicNodalStage: 'pN1c', nodalSurgery: 'alnd' }, MID],
    ['neoadjuvant', { neoadjuvantTherapy: true }, HIGH],
  ]);

  it.each([
    [29.95, LOW],
    [30, LOW],
    [30.05, HIGH],
  ])('pure DCIS of %s mm: the extent criterion says %s', (dcisSizeMm, category) => {
    const result = evaluate({ ...baseline, histology: 'dcis', dcisSizeMm });
    const finding = result.findings.find((f) => f.criterion === 'dcis-size');
    expect(finding).toMatchObject({ outcome: 'decided', category });
    expect(finding?.source.confidence).toBe('unconfirmed');
    expect(result.category).toBe(category === LOW ? MID : HIGH);
  });

  it('EIC is not read for pure DCIS', () => {
    const result = evaluate({ ...baseline, histology: 'dcis', eic: 'present' });
    expect(result.category).toBe(MID);
    expect(result.findings.find((f) => f.criterion === 'eic')?.outcome).toBe('not-applicable');
  });

  // Issue 9 point 6; Polgár 2010 LVI row (clinical.md §1d), read for invasive cancer only.
  it('LVSI is not read for pure DCIS: unknown LVSI leaves DCIS decided', () => {
    const dcis = { ...without(baseline, 'lvsi', 'invasiveSizeMm'), histology: 'dcis' } as const;
    const result = evaluate(dcis);
    expect(result).toMatchObject({ category: MID, missing: [] });
    expect(result.findings.find((f) => f.criterion === 'lvsi')?.outcome).toBe('not-applicable');
  });

  // Issue 9 point 7: the table has no cell for pN1a by sentinel node biopsy alone (§1d).
  it('pN1a by sentinel node biopsy alone stays intermediate and says it is for the team', () => {
    const result = evaluate({ ...baseline, pathologicNodalStage: 'pN1a', nodalSurgery: 'slnb' });
    expect(result.category).toBe(MID);
    const finding = result.findings.find((f) => f.criterion === 'nodes-not-in-table');
    expect(finding?.source.detail).toContain(
      'not covered by GEC-ESTRO 2010 — for the multidisciplinary team',
    );
    expect(finding?.source.confidence).toBe('unconfirmed');
  });

  it('cases the table does not cover are flagged as unconfirmed', () => {
    expect(evaluate({ ...baseline, histology: 'papillary' }).includesUnconfirmed).toBe(true);
    expect(
      evaluate({ ...baseline, pathologicNodalStage: 'pN1a', nodalSurgery: 'slnb' })
        .includesUnconfirmed,
    ).toBe(true);
  });

  itAsksFor(gecEstro2010, baseline, [
    [['ageYears'], ['ageYears'], ALL],
    [['histology'], ['histology'], [LOW, MID]],
    [['invasiveSizeMm'], ['invasiveSizeMm'], [LOW, HIGH]],
    [['histology', 'dcisSizeMm'], ['histology', 'dcisSizeMm'], ALL],
    [['closestMarginMm'], ['closestMarginMm'], ALL],
    [['centricity'], ['centricity'], [LOW, HIGH]],
    [['focality'], ['focality', 'multifocalSpanMm'], ALL],
    [['eic'], ['eic'], [LOW, HIGH]],
    [['lvsi'], ['lvsi'], [LOW, HIGH]],
    [['pathologicNodalStage'], ['pathologicNodalStage'], ALL],
    [['neoadjuvantTherapy'], ['neoadjuvantTherapy'], [LOW, HIGH]],
  ]);

  it('asks for the distance of the other foci once multifocality is known', () => {
    const result = evaluate({ ...baseline, focality: 'multifocal-clinical' });
    expect(result.missing).toEqual(['multifocalSpanMm']);
    expect(result.possibleCategories).toEqual([MID, HIGH]);
  });

  it('asks for the nodal surgery only when pN1a needs it, and decides either way', () => {
    expect(evaluate(without(baseline, 'nodalSurgery')).category).toBe(LOW);
    expect(
      evaluate({ ...without(baseline, 'nodalSurgery'), pathologicNodalStage: 'pN1a' }),
    ).toMatchObject({ category: MID, missing: [] });
  });

  it.each<[ClinicalFacts, string]>([
    [{ ageYears: 40 }, HIGH],
    [{ closestMarginMm: 0 }, HIGH],
    [{ pathologicNodalStage: 'pNX', histology: 'ductal' }, HIGH],
    [{ centricity: 'multicentric', ageYears: 70 }, HIGH],
  ])('decides %j with every other fact unknown: %s', (facts, category) => {
    expect(evaluate(facts)).toMatchObject({ category, missing: [] });
  });

  it('with nothing known, every category is possible', () => {
    expect(evaluate({})).toMatchObject({ category: 'indeterminate', possibleCategories: ALL });
  });
});

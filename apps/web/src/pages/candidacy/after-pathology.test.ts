import { evaluateAll, type ClinicalFacts } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { afterPathology } from './after-pathology.ts';

const GOOD: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 70,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 15,
  grade: 1,
  erStatus: 'positive',
  closestMarginMm: 3,
  pathologicNodalStage: 'pN0',
  nodalSurgery: 'slnb',
  lvsi: 'none',
  eic: 'absent',
};

const after = (facts: ClinicalFacts) => afterPathology(facts, evaluateAll(facts));

describe('afterPathology', () => {
  it('says nothing while the program’s answer stands, or before surgery', () => {
    expect(after(GOOD)).toBeNull();
    expect(after({ ...GOOD, phase: 'preoperative', pathologicNodalStage: 'pN1a' })).toBeNull();
  });

  it('names positive nodes as the reason, with the risk-adapted source', () => {
    const note = after({ ...GOOD, pathologicNodalStage: 'pN1a' });
    expect(note?.marginInvolved).toBe(false);
    expect(note?.reasons.join(' ')).toMatch(/Lymph nodes: .*pN1a — needs/);
    expect(note?.citation).toBe('Vaidya JS, et al. Lancet 2014;383:603–613');
  });

  it('names an involved margin, which the risk-adapted rules read', () => {
    const note = after({ ...GOOD, closestMarginMm: 0 });
    expect(note?.marginInvolved).toBe(true);
    expect(note?.reasons.join(' ')).toMatch(/Positive margin/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateAll as evaluate, type ClinicalFacts, type RuleSetResult } from '../src/index.ts';

/** A final-pathology case that fails several rules: margin at ink, age 58, a positive node. */
const FAILING: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 58,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 15,
  grade: 1,
  erStatus: 'positive',
  closestMarginMm: 0,
  pathologicNodalStage: 'pN1a',
  nodalSurgery: 'slnb',
  lvsi: 'none',
};

const resultOf = (ruleset: string): RuleSetResult => {
  const result = evaluate(FAILING).find((r) => r.ruleset === ruleset);
  if (result === undefined) throw new Error(`no ${ruleset}`);
  return result;
};

const ruleOf = (ruleset: string, criterion: string) =>
  resultOf(ruleset).findings.find((f) => f.criterion === criterion)?.rule;

describe('a criterion that fell through says what failed (issue 9 point 10)', () => {
  it('names the value and what the best category needs', () => {
    expect(ruleOf('astro-2017', 'margins')).toBe('Closest margin 0 mm — needs at least 2 mm');
    expect(ruleOf('program-default', 'age')).toBe('Age 58 years — needs more than 60 years');
    expect(ruleOf('program-default', 'nodes')).toMatch(/^Nodal stage .* pN1a — needs .*pN0/);
  });

  it('never says "None of the listed conditions holds"', () => {
    for (const result of evaluate(FAILING)) {
      for (const finding of result.findings) {
        expect(finding.rule ?? '').not.toMatch(/None of the listed conditions/);
      }
    }
  });

  it('says what did not hold when falling through is the good answer', () => {
    const passing = { ...FAILING, closestMarginMm: 5, pathologicNodalStage: 'pN0' } as const;
    const riskAdapted = evaluate(passing).find((r) => r.ruleset === 'targit-risk-adapted');
    const margin = riskAdapted?.findings.find((f) => f.criterion === 'positive-margin');
    expect(margin?.rule).toBe('Does not hold: Closest margin ≤ 0 mm');
  });
});

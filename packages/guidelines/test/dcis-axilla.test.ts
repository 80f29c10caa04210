import { describe, expect, it } from 'vitest';
import { evaluateAll, type ClinicalFacts } from '../src/index.ts';

/**
 * Issue 9 point 1: axillary staging is not standard for pure DCIS, and ASTRO 2017's low-risk DCIS
 * row (RTOG 9804; clinical.md §1a) has no nodal-surgery or ER requirement. A fictional patient:
 * 62, screen-detected low-grade DCIS of 15 mm, margin 4 mm, ER-positive, no sentinel node biopsy.
 */
const VIGNETTE: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 62,
  germlineBrca: 'negative',
  histology: 'dcis',
  dcisSizeMm: 15,
  dcisNuclearGrade: 'low',
  dcisScreenDetected: true,
  closestMarginMm: 4,
  erStatus: 'positive',
  focality: 'unifocal',
  centricity: 'unicentric',
  nodalSurgery: 'none',
  neoadjuvantTherapy: false,
};

/** Rule sets whose node criterion reads the clinical stage at entry, not the staged axilla. */
const CLINICAL_ENTRY = ['targit-a', 'eliot'];

/** Criteria that read the staged axilla, in any rule set. */
const AXILLA_CRITERIA = [
  'nodal-status',
  'nodal-surgery',
  'nodes',
  'nodes-not-in-table',
  'nodes-not-evaluated',
];

/** What each rule set says, for reasons other than the axilla (or "indeterminate"). */
const EXPECTED: Record<string, string> = {
  'program-default': 'candidate',
  'astro-2017': 'suitable',
  // ASTRO 2017 restricts IORT to invasive cancer.
  'astro-2017-iort': 'ineligible',
  // ASTRO 2009: pure DCIS is at best cautionary.
  'astro-2009': 'cautionary',
  'astro-2023': 'recommended',
  // GEC-ESTRO 2010: pure DCIS is allowed at intermediate risk only.
  'gec-estro-2010': 'intermediate-risk',
  'abs-2013': 'eligible',
  asbrs: 'eligible',
  // TARGIT-A and ELIOT took invasive cancer only.
  'targit-a': 'ineligible',
  eliot: 'ineligible',
};

describe('pure DCIS with an unstaged axilla', () => {
  it.each<[string, ClinicalFacts]>([
    ['no nodal surgery', VIGNETTE],
    ['no nodal surgery, pNX entered', { ...VIGNETTE, pathologicNodalStage: 'pNX' }],
    [
      'pNX entered, nodal surgery not',
      { ...VIGNETTE, nodalSurgery: undefined, pathologicNodalStage: 'pNX' },
    ],
  ])('%s: no rule set holds the axilla against her', (_, facts) => {
    const results = evaluateAll(facts);
    for (const result of results) {
      const expected = EXPECTED[result.ruleset];
      if (expected !== undefined) expect(result.category, result.ruleset).toBe(expected);
      for (const finding of result.findings) {
        if (CLINICAL_ENTRY.includes(result.ruleset)) continue;
        if (!AXILLA_CRITERIA.includes(finding.criterion)) continue;
        expect(finding.outcome, `${result.ruleset} ${finding.criterion}`).toBe('not-applicable');
      }
      expect(result.missing, result.ruleset).not.toContain('pathologicNodalStage');
      expect(result.missing, result.ruleset).not.toContain('nodalSurgery');
    }
  });

  it('ER need not be known for pure DCIS under ASTRO 2017', () => {
    const result = evaluateAll({ ...VIGNETTE, erStatus: undefined }).find(
      (r) => r.ruleset === 'astro-2017',
    );
    expect(result).toMatchObject({ category: 'suitable', missing: [] });
  });

  it('the ASTRO 2009 reading is marked as a reading (unconfirmed); the 2017 row is not', () => {
    const results = evaluateAll(VIGNETTE);
    const reading = (id: string) =>
      results
        .find((r) => r.ruleset === id)
        ?.findings.find((f) => f.criterion === 'dcis-axilla-not-staged');
    expect(reading('astro-2009')?.source).toMatchObject({ confidence: 'unconfirmed' });
    expect(reading('astro-2009')?.source.detail).toMatch(/OpenIORT’s reading/);
    expect(reading('astro-2017')?.source.confidence).toBe('confirmed');
  });

  it.each(['astro-2017', 'astro-2009', 'gec-estro-2010', 'abs-2013', 'asbrs', 'program-default'])(
    '%s: a positive node, when staged, still counts against pure DCIS',
    (id) => {
      const staged = { ...VIGNETTE, nodalSurgery: 'slnb', pathologicNodalStage: 'pN2a' } as const;
      const result = evaluateAll(staged).find((r) => r.ruleset === id);
      const nodes = result?.findings.find(
        (f) => AXILLA_CRITERIA.includes(f.criterion) && f.decisive,
      );
      expect(nodes, id).toBeDefined();
      expect(result?.category).not.toBe(EXPECTED[id]);
    },
  );
});

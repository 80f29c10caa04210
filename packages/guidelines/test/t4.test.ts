import { describe, expect, it } from 'vitest';
import { evaluateAll, FACT_FIELDS, validateFacts, type ClinicalFacts } from '../src/index.ts';

/**
 * Issue 9 point 2: a tumour of 3 cm or less can be T4 (skin or chest-wall involvement, or
 * inflammatory cancer). A fictional patient: 66, invasive ductal cancer of 18 mm with skin
 * ulceration, every other finding favourable.
 */
const FAVOURABLE: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 66,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 18,
  grade: 1,
  erStatus: 'positive',
  her2Status: 'negative',
  closestMarginMm: 5,
  lvsi: 'none',
  eic: 'absent',
  focality: 'unifocal',
  centricity: 'unicentric',
  clinicalNodalStage: 'cN0',
  pathologicNodalStage: 'pN0',
  nodalSurgery: 'slnb',
  neoadjuvantTherapy: false,
  priorIpsilateralRadiation: false,
  skinOrChestWallInvolvement: false,
};

/** What T4 gives in each rule set that reads it, and whether that reading is confirmed. */
const T4_ANSWERS: [ruleSet: string, category: string, confidence: 'confirmed' | 'unconfirmed'][] = [
  // ASTRO 2009 table: T3–T4 unsuitable (clinical.md §1b); 2017 wording unconfirmed (§1a, §1l).
  ['astro-2009', 'unsuitable', 'confirmed'],
  ['astro-2017', 'unsuitable', 'unconfirmed'],
  ['astro-2017-iort', 'ineligible', 'unconfirmed'],
  // ASTRO 2023: early stage is 3 cm or less with 0–3 nodes; T4 read as outside (§1j).
  ['astro-2023', 'not-recommended', 'unconfirmed'],
  // GEC-ESTRO 2010: pT4 high risk (§1d).
  ['gec-estro-2010', 'high-risk', 'confirmed'],
  // TARGIT-A: operable, T1 and small T2 (§1f).
  ['targit-a', 'ineligible', 'confirmed'],
  // ELIOT: suitable for breast-conserving surgery (§1g); ABS and ASBrS: early stage (§1e, §1c).
  ['eliot', 'ineligible', 'unconfirmed'],
  ['abs-2013', 'ineligible', 'unconfirmed'],
  ['asbrs', 'ineligible', 'unconfirmed'],
];

describe('T4 (skin or chest-wall involvement, or inflammatory cancer)', () => {
  it('is a fact that can be entered, as a yes/no', () => {
    expect(FACT_FIELDS.skinOrChestWallInvolvement.kind).toBe('boolean');
    const checked = validateFacts({ skinOrChestWallInvolvement: true });
    expect(checked).toEqual({ ok: true, facts: { skinOrChestWallInvolvement: true } });
  });

  it('without it, the favourable case is at its best category in every rule set', () => {
    const results = evaluateAll(FAVOURABLE);
    for (const [id] of T4_ANSWERS) {
      const result = results.find((r) => r.ruleset === id);
      expect(result?.findings.find((f) => f.criterion === 't4')?.outcome, id).toBe(
        'not-applicable',
      );
    }
  });

  it.each(T4_ANSWERS)('an 18 mm T4 cancer under %s is %s', (id, category, confidence) => {
    const result = evaluateAll({ ...FAVOURABLE, skinOrChestWallInvolvement: true }).find(
      (r) => r.ruleset === id,
    );
    expect(result?.category).toBe(category);
    const finding = result?.findings.find((f) => f.criterion === 't4');
    expect(finding).toMatchObject({ outcome: 'decided', category, decisive: true });
    expect(finding?.source.confidence).toBe(confidence);
  });

  it.each(T4_ANSWERS)('%s: an invasive cancer with T4 unknown is not decided', (id) => {
    const { skinOrChestWallInvolvement: _, ...unknown } = FAVOURABLE;
    const result = evaluateAll(unknown).find((r) => r.ruleset === id);
    expect(result?.category).toBe('indeterminate');
    expect(result?.missing).toContain('skinOrChestWallInvolvement');
  });

  it('pure DCIS (Tis) does not need it', () => {
    const dcis: ClinicalFacts = {
      ...FAVOURABLE,
      histology: 'dcis',
      dcisSizeMm: 15,
      skinOrChestWallInvolvement: undefined,
    };
    for (const result of evaluateAll(dcis)) {
      expect(result.missing, result.ruleset).not.toContain('skinOrChestWallInvolvement');
    }
  });
});

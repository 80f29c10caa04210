import { describe, expect, it } from 'vitest';
import { LOW_RISK_DCIS, SUITABLE_INVASIVE } from './astro-cases.ts';
import {
  evaluator,
  expectIndeterminate,
  itDecidesRows,
  ruleSetById,
  without,
  type Row,
} from './rule-set-cases.ts';

const evaluate = evaluator(ruleSetById('astro-2023'));
const R = 'recommended';
const CR = 'conditionally-recommended';
const CNR = 'conditionally-not-recommended';
const NR = 'not-recommended';

/** Grade 2, ER-positive, 15 mm, HER2-negative, pN0, clear margins, age 65: every tier "recommended". */
const RECOMMENDED_INVASIVE = SUITABLE_INVASIVE;
/** Low-grade pure DCIS of 20 mm at 65. */
const RECOMMENDED_DCIS = LOW_RISK_DCIS;

const INVASIVE_ROWS: readonly Row[] = [
  [{ ageYears: 39 }, 'age', NR],
  [{ ageYears: 40 }, 'age', R],
  [{ ageYears: 41 }, 'age', R],
  [{ ageYears: 49 }, 'age', R],
  [{ ageYears: 50 }, 'age', R],
  [{ ageYears: 51 }, 'age', R],
  [{ grade: 1 }, 'grade', R],
  [{ grade: 2 }, 'grade', R],
  [{ grade: 3 }, 'grade', CR],
  [{ erStatus: 'positive' }, 'er', R],
  [{ erStatus: 'negative' }, 'er', CR],
  [{ invasiveSizeMm: 19.95 }, 'invasive-size', R],
  [{ invasiveSizeMm: 20 }, 'invasive-size', R],
  [{ invasiveSizeMm: 20.05 }, 'invasive-size', CR],
  [{ invasiveSizeMm: 29.95 }, 'invasive-size', CR],
  [{ invasiveSizeMm: 30 }, 'invasive-size', CR],
  [{ invasiveSizeMm: 30.05 }, 'invasive-size-over-3-cm', NR],
  [{ her2Status: 'negative' }, 'her2', R],
  [{ her2Status: 'positive', antiHer2Therapy: true }, 'her2', R],
  [{ her2Status: 'positive', antiHer2Therapy: false }, 'her2', CNR],
  [{ her2Status: 'equivocal', antiHer2Therapy: true }, 'her2-equivocal', R],
  [{ her2Status: 'equivocal', antiHer2Therapy: false }, 'her2-equivocal', CNR],
  [{ lvsi: 'none' }, 'lvi', R],
  [{ lvsi: 'focal' }, 'lvi', CNR],
  [{ lvsi: 'extensive' }, 'lvi', CNR],
  [{ histology: 'ductal' }, 'histology', R],
  [{ histology: 'mucinous' }, 'histology', R],
  [{ histology: 'medullary' }, 'histology', R],
  [{ histology: 'lobular' }, 'histology', CNR],
  [{ histology: 'mixed-ductal-lobular' }, 'histology', CNR],
  [{ pathologicNodalStage: 'pN0' }, 'nodes', R],
  [{ pathologicNodalStage: 'pN0(i+)' }, 'nodes', R],
  [{ pathologicNodalStage: 'pN0(mol+)' }, 'nodes', R],
  [{ pathologicNodalStage: 'pN1mi' }, 'nodes', NR],
  [{ pathologicNodalStage: 'pN1a' }, 'nodes', NR],
  [{ pathologicNodalStage: 'pN3c' }, 'nodes', NR],
  [{ pathologicNodalStage: 'pNX' }, 'nodes-not-evaluated', NR],
  [{ closestMarginMm: 0 }, 'margins', NR],
  [{ closestMarginMm: 0.05 }, 'margins', R],
  [{ closestMarginMm: 1.95 }, 'margins', R],
  [{ germlineBrca: 'negative' }, 'brca', R],
  [{ germlineBrca: 'brca1' }, 'brca', NR],
  [{ germlineBrca: 'brca2' }, 'brca', NR],
];

const DCIS_ROWS: readonly Row[] = [
  [{ dcisSizeMm: 19.95 }, 'pure-dcis', R],
  [{ dcisSizeMm: 20 }, 'pure-dcis', R],
  [{ dcisSizeMm: 20.05 }, 'pure-dcis', CR],
  [{ dcisSizeMm: 29.95 }, 'pure-dcis', CR],
  [{ dcisSizeMm: 30 }, 'pure-dcis', CR],
  [{ dcisSizeMm: 30.05 }, 'dcis-not-in-table', NR],
  [{ dcisNuclearGrade: 'intermediate' }, 'pure-dcis', R],
  [{ dcisNuclearGrade: 'high' }, 'pure-dcis', CR],
  [{ ageYears: 39 }, 'dcis-not-in-table', NR],
  [{ ageYears: 40 }, 'pure-dcis', R],
  [{ ageYears: 41 }, 'pure-dcis', R],
  [{ closestMarginMm: 0 }, 'dcis-not-in-table', NR],
  [{ closestMarginMm: 0.05 }, 'pure-dcis', R],
  [{ germlineBrca: 'brca1' }, 'dcis-not-in-table', NR],
];

describe('ASTRO 2023: each criterion at its boundaries, everything else recommended', () => {
  it('a fully recommended invasive cancer is recommended, with no unconfirmed rule', () => {
    const result = evaluate(RECOMMENDED_INVASIVE);
    expect(result).toMatchObject({
      category: R,
      version: '2023-enc-2',
      includesUnconfirmed: false,
    });
    expect(result.meaning).toMatch(/IORT alone/);
  });

  itDecidesRows('invasive', evaluate, RECOMMENDED_INVASIVE, INVASIVE_ROWS);

  itDecidesRows('pure DCIS', evaluate, RECOMMENDED_DCIS, DCIS_ROWS);
});

describe('ASTRO 2023: the worst tier wins', () => {
  it.each([
    ['grade 3, ER-negative, 25 mm', { grade: 3, erStatus: 'negative', invasiveSizeMm: 25 }, CR],
    ['grade 3 and lobular', { grade: 3, histology: 'lobular' }, CNR],
    ['lobular and pN1a', { histology: 'lobular', pathologicNodalStage: 'pN1a' }, NR],
  ] as const)('%s → %s', (_, patch, category) => {
    expect(evaluate({ ...RECOMMENDED_INVASIVE, ...patch }).category).toBe(category);
  });
});

describe('ASTRO 2023: readings not in the table are marked unconfirmed', () => {
  it.each([
    ['invasive over 3 cm', { ...RECOMMENDED_INVASIVE, invasiveSizeMm: 35 }],
    ['nodes not evaluated', { ...RECOMMENDED_INVASIVE, pathologicNodalStage: 'pNX' }],
    ['HER2 equivocal', { ...RECOMMENDED_INVASIVE, her2Status: 'equivocal' }],
    ['DCIS under 40', { ...RECOMMENDED_DCIS, ageYears: 35 }],
  ] as const)('%s', (_, facts) => {
    expect(evaluate(facts).includesUnconfirmed).toBe(true);
  });

  it('DCIS inside the tiers read uses no unconfirmed rule', () => {
    expect(evaluate(RECOMMENDED_DCIS).includesUnconfirmed).toBe(false);
  });
});

describe('ASTRO 2023: unknown facts', () => {
  it.each([
    ['ageYears', [R, NR]],
    ['grade', [R, CR]],
    ['erStatus', [R, CR]],
    ['invasiveSizeMm', [R, CR, NR]],
    ['her2Status', [R, CNR]],
    ['lvsi', [R, CNR]],
    ['histology', [R, CR, CNR, NR]],
    ['pathologicNodalStage', [R, NR]],
    ['closestMarginMm', [R, NR]],
  ] as const)('invasive without %s → indeterminate', (name, possible) => {
    expectIndeterminate(evaluate(without(RECOMMENDED_INVASIVE, name)), possible, [name]);
  });

  it('HER2-positive without knowing about anti-HER2 therapy → indeterminate', () => {
    const result = evaluate({ ...RECOMMENDED_INVASIVE, her2Status: 'positive' });
    expectIndeterminate(result, [R, CNR], ['antiHer2Therapy']);
  });

  it.each([
    ['HER2-negative, anti-HER2 therapy unknown', { antiHer2Therapy: undefined }, R],
    ['age 35 with grade unknown', { ageYears: 35, grade: undefined }, NR],
    ['BRCA "unknown" with pN1a', { germlineBrca: 'unknown', pathologicNodalStage: 'pN1a' }, NR],
    ['DCIS grade unknown for a ductal cancer', { dcisNuclearGrade: undefined }, R],
    ['neoadjuvant therapy unknown (not a criterion)', { neoadjuvantTherapy: undefined }, R],
  ] as const)('%s → still decided', (_, patch, category) => {
    const result = evaluate({ ...RECOMMENDED_INVASIVE, ...patch });
    expect(result.category).toBe(category);
    expect(result.missing).toEqual([]);
  });

  it.each([
    ['dcisNuclearGrade', [R, CR]],
    ['dcisSizeMm', [R, CR, NR]],
    ['ageYears', [R, NR]],
    ['closestMarginMm', [R, NR]],
  ] as const)('pure DCIS without %s → indeterminate', (name, possible) => {
    expectIndeterminate(evaluate(without(RECOMMENDED_DCIS, name)), possible, [name]);
  });

  // Issue 9 point 3: "known germline BRCA1/2 mutation" not recommended (clinical.md §1j);
  // testing is not required, so an unknown result is assumed negative and shown as assumed.
  it.each([
    ['invasive, BRCA not recorded', without(RECOMMENDED_INVASIVE, 'germlineBrca'), null],
    ['invasive, BRCA "unknown"', { ...RECOMMENDED_INVASIVE, germlineBrca: 'unknown' }, 'unknown'],
    ['pure DCIS, BRCA not recorded', without(RECOMMENDED_DCIS, 'germlineBrca'), null],
  ] as const)('%s: negative is assumed, and the answer is decided', (_, facts, recorded) => {
    const result = evaluate(facts);
    expect(result).toMatchObject({ category: R, missing: [] });
    expect(result.assumed).toEqual({ germlineBrca: 'negative' });
    const brca = result.findings.find((f) => f.criterion === 'brca');
    if (facts.histology !== 'dcis') expect(brca?.evidence.germlineBrca).toBe(recorded);
  });

  it('a known mutation still counts: not recommended, nothing assumed', () => {
    const result = evaluate({ ...RECOMMENDED_INVASIVE, germlineBrca: 'brca2' });
    expect(result).toMatchObject({ category: NR, assumed: {} });
  });

  it('pure DCIS does not need the invasive facts', () => {
    const result = evaluate(without(RECOMMENDED_DCIS, 'erStatus', 'pathologicNodalStage'));
    expect(result.category).toBe(R);
  });
});

// Issue 9 point 8: "IORT alone is associated with a higher IBR rate than WBI" (clinical.md §1j).
describe('ASTRO 2023 with IORT: a note beside the category', () => {
  it.each(['low-energy-xray', 'electron'] as const)(
    'with %s IORT, a recommended result says IORT alone had more in-breast recurrence',
    (iortModality) => {
      const result = evaluate({ ...RECOMMENDED_INVASIVE, iortModality });
      expect(result.category).toBe(R);
      expect(result.notes).toHaveLength(1);
      expect(result.notes?.[0]?.text).toMatch(
        /IORT alone associated with a higher in-breast recurrence rate than whole-breast irradiation/,
      );
      expect(result.notes?.[0]?.source).toMatchObject({
        confidence: 'confirmed',
        citation: expect.stringMatching(/Shaitelman/) as unknown,
        reference: 'clinical.md §1j',
      });
    },
  );

  it('is there whatever the category, and never changes it', () => {
    const facts = { ...RECOMMENDED_INVASIVE, grade: 3, iortModality: 'electron' } as const;
    const result = evaluate(facts);
    expect(result.category).toBe(CR);
    expect(result.notes).toHaveLength(1);
  });

  it('is absent when no IORT modality is entered', () => {
    expect(evaluate(RECOMMENDED_INVASIVE).notes).toBeUndefined();
  });
});

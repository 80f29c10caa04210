import { describe, expect, it } from 'vitest';
import type { ClinicalFacts, FactName } from '../../src/index.ts';
import {
  ASTRO_2017_DCIS_ROWS,
  ASTRO_2017_INVASIVE_ROWS,
  LOW_RISK_DCIS,
  SHARED_ASTRO_MISSING,
  SUITABLE_INVASIVE,
} from './astro-cases.ts';
import {
  evaluator,
  expectDecidedBy,
  expectIndeterminate,
  ruleSetById,
  titled,
  without,
} from './rule-set-cases.ts';

const apbi = ruleSetById('astro-2017');
const iort = ruleSetById('astro-2017-iort');
const evaluate = evaluator(iort);
const evaluateApbi = evaluator(apbi);
const ELECTRON: ClinicalFacts = { ...SUITABLE_INVASIVE, iortModality: 'electron' };
const LOW_ENERGY: ClinicalFacts = { ...SUITABLE_INVASIVE, iortModality: 'low-energy-xray' };
const IORT_CATEGORY: Record<string, string> = {
  suitable: 'eligible',
  cautionary: 'ineligible',
  unsuitable: 'ineligible',
};

describe('ASTRO 2017 IORT: built from the ASTRO 2017 criteria', () => {
  it('keeps every ASTRO 2017 criterion, with its source, after the two IORT criteria', () => {
    expect(iort.criteria.map((c) => c.id)).toEqual([
      'iort-invasive',
      'iort-low-energy-registry',
      ...apbi.criteria.map((c) => c.id),
    ]);
    for (const criterion of apbi.criteria) {
      const mapped = iort.criteria.find((c) => c.id === criterion.id);
      expect(mapped?.source).toEqual(criterion.source);
      expect(mapped?.rules.map((r) => r.category)).toEqual(
        criterion.rules.map((r) => IORT_CATEGORY[r.category]),
      );
      expect(mapped?.otherwise).toBe(IORT_CATEGORY[criterion.otherwise]);
    }
  });

  it('drops the age escalation, which maps to ineligible either way', () => {
    const age = iort.criteria.find((c) => c.id === 'age');
    expect(age?.rules.map((r) => [r.category, r.escalateTo])).toEqual([
      ['eligible', undefined],
      ['ineligible', undefined],
    ]);
  });
});

describe('ASTRO 2017 IORT: suitable maps to eligible, anything else to ineligible', () => {
  it.each(titled(ASTRO_2017_INVASIVE_ROWS))('electron, %s', (_, patch, criterion, category) => {
    const expected = IORT_CATEGORY[category] ?? '';
    expectDecidedBy(evaluate({ ...ELECTRON, ...patch }), criterion, expected, patch);
  });

  it.each([
    [45, 'positive'],
    [45, 'negative'],
    [55, 'negative'],
  ] as const)('age %i, ER %s → ineligible', (ageYears, erStatus) => {
    expect(evaluate({ ...ELECTRON, ageYears, erStatus }).category).toBe('ineligible');
  });
});

describe('ASTRO 2017 IORT: invasive cancer only', () => {
  it('low-risk DCIS is suitable for APBI but not eligible for IORT', () => {
    const facts: ClinicalFacts = { ...LOW_RISK_DCIS, iortModality: 'electron' };
    expect(evaluateApbi(facts).category).toBe('suitable');
    expectDecidedBy(evaluate(facts), 'iort-invasive', 'ineligible', { histology: 'dcis' });
  });

  it.each(titled(ASTRO_2017_DCIS_ROWS))('pure DCIS, %s → ineligible', (_, patch) => {
    const result = evaluate({ ...LOW_RISK_DCIS, ...patch, iortModality: 'electron' });
    expect(result.category).toBe('ineligible');
    expect(result.findings.find((f) => f.criterion === 'iort-invasive')?.decisive).toBe(true);
  });

  it('DCIS is ineligible whatever else is unknown', () => {
    expect(evaluate({ histology: 'dcis' }).category).toBe('ineligible');
  });
});

describe('ASTRO 2017 IORT: low-energy x-ray IORT needs a registry or trial', () => {
  it.each([
    ['electron', { iortModality: 'electron' }, 'eligible'],
    ['electron, not enrolled', { iortModality: 'electron', registryEnrollment: false }, 'eligible'],
    ['low-energy, enrolled', { registryEnrollment: true }, 'eligible'],
    ['low-energy, not enrolled', { registryEnrollment: false }, 'registry-required'],
    [
      'modality unknown, enrolled',
      { iortModality: undefined, registryEnrollment: true },
      'eligible',
    ],
  ] as const)('%s → %s', (_, patch, category) => {
    expect(evaluate({ ...LOW_ENERGY, ...patch }).category).toBe(category);
  });

  it('names the registry criterion, its facts and its source', () => {
    expectDecidedBy(
      evaluate({ ...LOW_ENERGY, registryEnrollment: false }),
      'iort-low-energy-registry',
      'registry-required',
      { iortModality: 'low-energy-xray', registryEnrollment: false },
    );
  });

  it('a cautionary feature makes it ineligible, enrolled or not', () => {
    const result = evaluate({ ...LOW_ENERGY, registryEnrollment: false, lvsi: 'focal' });
    expectDecidedBy(result, 'lvsi', 'ineligible', { lvsi: 'focal' });
  });

  it.each([
    ['enrolment unknown', LOW_ENERGY, ['registryEnrollment']],
    [
      'modality unknown, not enrolled',
      { ...SUITABLE_INVASIVE, registryEnrollment: false },
      ['iortModality'],
    ],
    ['both unknown', SUITABLE_INVASIVE, ['registryEnrollment', 'iortModality']],
  ] as const)('%s → indeterminate', (_, facts, missing) => {
    expectIndeterminate(evaluate(facts), ['eligible', 'registry-required'], missing);
  });
});

describe('ASTRO 2017 IORT: unknown APBI facts', () => {
  const names: FactName[] = ['ageYears', ...SHARED_ASTRO_MISSING.map(([name]) => name)];
  it.each(names)('electron, without %s → indeterminate', (name) => {
    expectIndeterminate(evaluate(without(ELECTRON, name)), ['eligible', 'ineligible'], [name]);
  });

  it('age 35 with BRCA unknown is ineligible', () => {
    expect(evaluate({ ...ELECTRON, ageYears: 35, germlineBrca: 'unknown' }).category).toBe(
      'ineligible',
    );
  });
});

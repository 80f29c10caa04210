import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRAM_CRITERIA,
  evaluateRuleSet,
  OPTIONAL_RISK_TRIGGER_IDS,
  OPTIONAL_RISK_TRIGGERS,
  targitRiskAdapted,
  type ClinicalFacts,
  type OptionalRiskTriggerId,
} from '../../src/index.ts';
import { expectDecidedBy, itAsksFor, itDecides, without } from './rule-set-cases.ts';

const ALONE = 'iort-alone';
const ADD = 'add-whole-breast';
const BOTH = [ALONE, ADD];

const defaults = targitRiskAdapted(DEFAULT_PROGRAM_CRITERIA);
const withTriggers = (...extra: OptionalRiskTriggerId[]) =>
  targitRiskAdapted({ ...DEFAULT_PROGRAM_CRITERIA, extraRiskAdaptedTriggers: extra });

/** Final pathology with no trigger, default or optional. */
const baseline: ClinicalFacts = {
  phase: 'final-pathology',
  histology: 'ductal',
  closestMarginMm: 2,
  eic: 'absent',
  pathologicNodalStage: 'pN0',
  grade: 2,
  erStatus: 'positive',
  prStatus: 'positive',
  lvsi: 'none',
  focality: 'unifocal',
  neoadjuvantTherapy: false,
};

describe('targit-risk-adapted', () => {
  it.each<[string, ClinicalFacts]>([
    ['before surgery', { ...baseline, phase: 'preoperative' }],
    ['with no phase', without(baseline, 'phase')],
  ])('%s it waits for final pathology', (_, facts) => {
    expect(evaluateRuleSet(defaults, facts)).toMatchObject({
      category: 'indeterminate',
      missing: ['phase'],
      possibleCategories: BOTH,
    });
  });

  it('with no trigger, IORT alone stands; margin and EIC wording is unconfirmed', () => {
    const result = evaluateRuleSet(defaults, baseline);
    expect(result.category).toBe(ALONE);
    expect(result.includesUnconfirmed).toBe(true);
    const unconfirmed = defaults.criteria.filter((c) => c.source.confidence === 'unconfirmed');
    expect(unconfirmed.map((c) => c.id)).toEqual(['positive-margin', 'eic']);
  });

  itDecides(defaults, baseline, [
    ['positive-margin', { closestMarginMm: 0 }, ADD],
    ['positive-margin', { closestMarginMm: 0.05 }, ALONE],
    ['lobular', { histology: 'lobular' }, ADD],
    ['lobular', { histology: 'mixed-ductal-lobular' }, ADD],
    ['lobular', { histology: 'dcis' }, ALONE],
    ['eic', { eic: 'present' }, ADD],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN1c' }, ALONE],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN2a' }, ADD],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN2b' }, ADD],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN3a' }, ADD],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN3b' }, ADD],
    ['four-or-more-nodes', { pathologicNodalStage: 'pN3c' }, ADD],
  ]);

  itAsksFor(defaults, baseline, [
    [['closestMarginMm'], ['closestMarginMm'], BOTH],
    [['histology'], ['histology'], BOTH],
    [['eic'], ['eic'], BOTH],
    [['pathologicNodalStage'], ['pathologicNodalStage'], BOTH],
  ]);

  it('one trigger decides with every other finding unknown', () => {
    const result = evaluateRuleSet(defaults, { phase: 'final-pathology', closestMarginMm: 0 });
    expect(result).toMatchObject({ category: ADD, missing: [] });
  });

  it('the optional findings do nothing unless the program chose them', () => {
    const facts: ClinicalFacts = {
      ...baseline,
      grade: 3,
      erStatus: 'negative',
      lvsi: 'extensive',
      pathologicNodalStage: 'pN1a',
      focality: 'multifocal-clinical',
      neoadjuvantTherapy: true,
    };
    expect(evaluateRuleSet(defaults, facts).category).toBe(ALONE);
    expect(defaults.version).toBe('2');
  });

  describe.each<[OptionalRiskTriggerId, ClinicalFacts[], ClinicalFacts[]]>([
    ['grade-3', [{ grade: 3 }], [{ grade: 2 }, { grade: 1 }]],
    [
      'er-or-pr-negative',
      [{ erStatus: 'negative' }, { prStatus: 'negative' }],
      [{ erStatus: 'positive', prStatus: 'positive' }],
    ],
    ['lvsi', [{ lvsi: 'focal' }, { lvsi: 'extensive' }], [{ lvsi: 'none' }]],
    [
      'any-nodal-involvement',
      [{ pathologicNodalStage: 'pN1mi' }, { pathologicNodalStage: 'pN1a' }],
      [{ pathologicNodalStage: 'pN0(i+)' }, { pathologicNodalStage: 'pN0' }],
    ],
    [
      'multifocal',
      [{ focality: 'multifocal-microscopic' }, { focality: 'multifocal-clinical' }],
      [{ focality: 'unifocal' }],
    ],
    ['neoadjuvant-therapy', [{ neoadjuvantTherapy: true }], [{ neoadjuvantTherapy: false }]],
  ])('optional trigger %s', (id, present, absent) => {
    const chosen = withTriggers(id);

    it.each(present)('fires when chosen: %j', (change) => {
      expectDecidedBy(evaluateRuleSet(chosen, { ...baseline, ...change }), id, ADD, change);
      expect(evaluateRuleSet(defaults, { ...baseline, ...change }).category).toBe(ALONE);
    });

    it.each(absent)('stays quiet when absent: %j', (change) => {
      expectDecidedBy(evaluateRuleSet(chosen, { ...baseline, ...change }), id, ALONE, change);
    });

    it('is named in the version and uses the catalogue source', () => {
      expect(chosen.version).toBe(`2+${id}`);
      const criterion = chosen.criteria.find((c) => c.id === id);
      expect(criterion?.source).toBe(OPTIONAL_RISK_TRIGGERS[id].source);
    });
  });

  it('asks for a chosen trigger’s fact when it is unknown', () => {
    const result = evaluateRuleSet(withTriggers('grade-3'), without(baseline, 'grade'));
    expect(result).toMatchObject({ category: 'indeterminate', missing: ['grade'] });
  });

  it('the version lists the chosen triggers once each, in catalogue order', () => {
    expect(withTriggers('lvsi', 'grade-3', 'lvsi').version).toBe('2+grade-3,lvsi');
    expect(withTriggers(...OPTIONAL_RISK_TRIGGER_IDS).criteria).toHaveLength(4 + 6);
  });

  it('the catalogue covers every optional id, each under its own id', () => {
    expect(Object.keys(OPTIONAL_RISK_TRIGGERS).sort()).toEqual(
      [...OPTIONAL_RISK_TRIGGER_IDS].sort(),
    );
    for (const id of OPTIONAL_RISK_TRIGGER_IDS) expect(OPTIONAL_RISK_TRIGGERS[id].id).toBe(id);
  });
});

import type { Criterion, Rule, RuleSet } from '../rule-set.ts';
import { astro2017 } from './astro-2017.ts';
import { citing, PURE_DCIS } from './common.ts';

/**
 * ASTRO 2017 IORT statements (reference clinical.md §1a "IORT-specific statements", §5 "IORT
 * overlay"): electron IORT only for invasive cancer that is "suitable" for APBI; low-energy x-ray
 * IORT the same, and only within a prospective registry or trial.
 *
 * Built from the astro-2017 criteria so the two never disagree: each keeps its rules and source,
 * with "suitable" read as eligible and "cautionary" or "unsuitable" as ineligible (the statement
 * restricts IORT to "suitable"). The age rule's "cautionary, unless another criterion is not
 * suitable" becomes ineligible either way, so its escalation is dropped.
 */
const FROM_ASTRO_2017: Readonly<Record<string, string>> = {
  suitable: 'eligible',
  cautionary: 'ineligible',
  unsuitable: 'ineligible',
};

function iortCategory(category: string): string {
  const mapped = FROM_ASTRO_2017[category];
  if (mapped === undefined) throw new Error(`astro-2017-iort: no mapping for "${category}"`);
  return mapped;
}

function iortRule(rule: Rule): Rule {
  const category = iortCategory(rule.category);
  const escalateTo = rule.escalateTo === undefined ? category : iortCategory(rule.escalateTo);
  return escalateTo === category
    ? { when: rule.when, category }
    : { when: rule.when, category, escalateTo };
}

function iortCriterion(criterion: Criterion): Criterion {
  return {
    ...criterion,
    rules: criterion.rules.map(iortRule),
    otherwise: iortCategory(criterion.otherwise),
  };
}

const cite = citing(
  'ASTRO APBI consensus update 2017, IORT statements (Correa C, et al. Pract Radiat Oncol 2017;7:73–79)',
  'clinical.md §1a',
);

export const astro2017Iort: RuleSet = {
  id: 'astro-2017-iort',
  version: '2017-iort-enc-2',
  title: 'ASTRO 2017 IORT statements',
  citation: astro2017.citation,
  categories: ['eligible', 'registry-required', 'ineligible'],
  meaning: {
    eligible:
      'Invasive cancer that is "suitable" under ASTRO 2017: the statements support IORT (for ' +
      'low-energy x-ray IORT, within the registry or trial the patient is enrolled in). Two ' +
      'randomised trials found a higher in-breast recurrence risk with IORT than with ' +
      'whole-breast irradiation, which patients who want control equal to it should be told.',
    'registry-required':
      'Invasive cancer that is "suitable" under ASTRO 2017, but low-energy x-ray IORT is to be ' +
      'used only within a prospective registry or clinical trial: enrol the patient first, or ' +
      'consider electron IORT or another option.',
    ineligible:
      'The ASTRO 2017 statements do not support IORT for this patient: it is reserved for ' +
      'invasive cancer that is "suitable" for partial-breast irradiation.',
  },
  criteria: [
    {
      id: 'iort-invasive',
      label: 'Invasive cancer (IORT)',
      source: cite(
        'Electron and low-energy x-ray IORT: restrict to invasive cancer; pure DCIS is not ' +
          'eligible even when suitable for APBI',
      ),
      rules: [{ when: PURE_DCIS, category: 'ineligible' }],
      otherwise: 'eligible',
    },
    {
      id: 'iort-low-energy-registry',
      label: 'Registry or trial (low-energy x-ray IORT)',
      source: cite(
        'Low-energy x-ray IORT only within a prospective registry or clinical trial (Coverage ' +
          'with Evidence Development); electron IORT has no such condition',
      ),
      appliesWhen: { field: 'iortModality', in: ['low-energy-xray'] },
      rules: [{ when: { field: 'registryEnrollment', in: [true] }, category: 'eligible' }],
      otherwise: 'registry-required',
    },
    ...astro2017.criteria.map(iortCriterion),
  ],
};

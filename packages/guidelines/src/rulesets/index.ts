import type { RuleSet } from '../rule-set.ts';
import { abs2013 } from './abs-2013.ts';
import { asbrs } from './asbrs.ts';
import { astro2009 } from './astro-2009.ts';
import { astro2017 } from './astro-2017.ts';
import { astro2017Iort } from './astro-2017-iort.ts';
import { astro2023 } from './astro-2023.ts';
import { eliot } from './eliot.ts';
import { gecEstro2010 } from './gec-estro-2010.ts';
import { programRuleSet, type ProgramCriteria } from './program-default.ts';
import { targitA } from './targit-a.ts';
import { targitRiskAdapted } from './targit-risk-adapted.ts';

/** Rule-set ids, in the order results are shown. Part of the contract. */
export const RULE_SET_IDS = [
  'program-default',
  'astro-2017',
  'astro-2017-iort',
  'astro-2009',
  'astro-2023',
  'gec-estro-2010',
  'abs-2013',
  'asbrs',
  'targit-a',
  'eliot',
  'targit-risk-adapted',
] as const;

export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Every rule set, with the program's own criteria as the program has set them. */
export function allRuleSets(program: ProgramCriteria): RuleSet[] {
  return [
    programRuleSet(program),
    astro2017,
    astro2017Iort,
    astro2009,
    astro2023,
    gecEstro2010,
    abs2013,
    asbrs,
    targitA,
    eliot,
    targitRiskAdapted(program),
  ];
}

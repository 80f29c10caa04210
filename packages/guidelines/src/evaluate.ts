import type { ClinicalFacts } from './facts.ts';
import { evaluateRuleSet } from './evaluate-rule-set.ts';
import type { RuleSetResult } from './result.ts';
import { allRuleSets, type RuleSetId } from './rulesets/index.ts';
import { DEFAULT_PROGRAM_CRITERIA, type ProgramCriteria } from './rulesets/program-default.ts';

/**
 * Version of the evaluator itself; stored with every saved evaluation beside rule-set versions.
 * 1.1.0: the T4 fact and the issue 9 rule corrections, including the program row's reading for
 * an unstaged pure DCIS axilla (its own version is the administrator's criteria version).
 * 1.2.0: a criterion that fell through says what failed in words ("Closest margin 0 mm — needs
 * at least 2 mm"), and sources cite the public publication, with the clinical.md section kept
 * apart in `reference` (issue 9 point 10).
 */
export const ENGINE_VERSION = '1.2.0';

export interface EvaluateOptions {
  /** The program's own criteria; the published defaults when omitted. */
  program?: ProgramCriteria;
  /** Only these rule sets (all when omitted). */
  only?: readonly RuleSetId[];
}

/** Evaluates one set of clinical facts against every rule set (or `only` some), side by side. */
export function evaluateAll(facts: ClinicalFacts, options: EvaluateOptions = {}): RuleSetResult[] {
  const ruleSets = allRuleSets(options.program ?? DEFAULT_PROGRAM_CRITERIA);
  const chosen =
    options.only === undefined
      ? ruleSets
      : ruleSets.filter((r) => options.only?.includes(r.id as RuleSetId));
  return chosen.map((ruleSet) => evaluateRuleSet(ruleSet, facts));
}

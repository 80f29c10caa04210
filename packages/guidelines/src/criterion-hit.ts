import { fieldsOf, listsOf, testCondition, type Assignment } from './condition.ts';
import type { FieldName } from './derived-facts.ts';
import type { FactValue } from './facts.ts';
import type { Criterion, RuleSet } from './rule-set.ts';

/** What one criterion says for one complete set of values. */
export interface Hit {
  /** Index into the rule set's categories (0 = best). */
  level: number;
  /** Level it takes when another criterion is worse than best (conditional rules). */
  escalateTo?: number;
  /** Index of the rule that held; -1 for "otherwise"; -2 when the criterion does not apply. */
  rule: number;
}

export function levelOf(ruleSet: RuleSet, category: string): number {
  const level = ruleSet.categories.indexOf(category);
  if (level < 0) throw new Error(`${ruleSet.id}: unknown category "${category}"`);
  return level;
}

export function criterionHit(ruleSet: RuleSet, criterion: Criterion, values: Assignment): Hit {
  if (criterion.appliesWhen !== undefined && !testCondition(criterion.appliesWhen, values)) {
    return { level: 0, rule: -2 };
  }
  const index = criterion.rules.findIndex((r) => testCondition(r.when, values));
  const rule = criterion.rules[index];
  if (rule === undefined) return { level: levelOf(ruleSet, criterion.otherwise), rule: -1 };
  return {
    level: levelOf(ruleSet, rule.category),
    ...(rule.escalateTo === undefined ? {} : { escalateTo: levelOf(ruleSet, rule.escalateTo) }),
    rule: index,
  };
}

/** Fields a criterion reads, each with the thresholds it is compared against. */
export function criterionFields(criterion: Criterion): Map<FieldName, number[]> {
  const fields = new Map<FieldName, number[]>();
  if (criterion.appliesWhen !== undefined) fieldsOf(criterion.appliesWhen, fields);
  for (const rule of criterion.rules) fieldsOf(rule.when, fields);
  return fields;
}

/** The value lists a criterion tests each field against (for representativeValues). */
export function criterionLists(criterion: Criterion) {
  const lists = new Map<FieldName, (readonly FactValue[])[]>();
  if (criterion.appliesWhen !== undefined) listsOf(criterion.appliesWhen, lists);
  for (const rule of criterion.rules) listsOf(rule.when, lists);
  return lists;
}

/**
 * The rule set's level for one hit per criterion: the worst, where a conditional hit takes its
 * escalated level as soon as any other criterion is worse than best. Never better when any hit
 * gets worse, which the search for possible categories relies on.
 */
export function combineHits(hits: readonly Hit[]): number {
  let result = 0;
  hits.forEach((hit, i) => {
    const othersWorse = hit.escalateTo !== undefined && hits.some((o, j) => j !== i && o.level > 0);
    result = Math.max(result, othersWorse ? (hit.escalateTo ?? hit.level) : hit.level);
  });
  return result;
}

/** Orders hits from best to worst for the bounds: a conditional sits just above its plain level. */
export function hitRank(hit: Hit): number {
  return hit.level + (hit.escalateTo === undefined ? 0 : 0.5);
}

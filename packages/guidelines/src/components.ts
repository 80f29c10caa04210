import type { Assignment } from './condition.ts';
import { criterionFields } from './criterion-hit.ts';
import type { FieldName } from './derived-facts.ts';
import {
  combinationCount,
  componentLists,
  MAX_COMBINATIONS,
  type Component,
} from './component-search.ts';
import type { RuleSet } from './rule-set.ts';

/**
 * Groups criteria that read a common unknown field (union-find), so one search covers every
 * criterion an unknown value can move together. Criteria with no unknown field stand alone.
 */
export function buildComponents(ruleSet: RuleSet, known: Assignment): Component[] {
  const unknownOf = ruleSet.criteria.map((criterion) => {
    const unknown = new Map<FieldName, number[]>();
    for (const [field, thresholds] of criterionFields(criterion)) {
      if (known[field] === undefined) unknown.set(field, thresholds);
    }
    return unknown;
  });
  const parent = ruleSet.criteria.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const owner = new Map<FieldName, number>();
  unknownOf.forEach((unknown, i) => {
    for (const field of unknown.keys()) {
      const other = owner.get(field);
      if (other === undefined) owner.set(field, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, Component>();
  unknownOf.forEach((unknown, i) => {
    const group = groups.get(root(i)) ?? { criteria: [], unknown: new Map<FieldName, number[]>() };
    group.criteria.push(i);
    for (const [field, thresholds] of unknown) {
      group.unknown.set(field, [...(group.unknown.get(field) ?? []), ...thresholds]);
    }
    groups.set(root(i), group);
  });
  // A group too large to search jointly is searched criterion by criterion: its answers may then
  // include combinations that cannot happen together, which can only widen "possible categories".
  return [...groups.values()].flatMap((group) =>
    combinationCount(group, componentLists(ruleSet, group.criteria)) <= MAX_COMBINATIONS
      ? [group]
      : group.criteria.map((i) => ({
          criteria: [i],
          unknown: unknownOf[i] ?? new Map<FieldName, number[]>(),
        })),
  );
}

import type { Assignment } from './condition.ts';
import { criterionHit, criterionLists, type Hit } from './criterion-hit.ts';
import type { FieldName } from './derived-facts.ts';
import type { FactValue } from './facts.ts';
import { representativeValues } from './representatives.ts';
import type { Criterion, RuleSet } from './rule-set.ts';

/** Beyond this many value combinations a group of criteria is searched one criterion at a time. */
export const MAX_COMBINATIONS = 50_000;

/** Criteria that share unknown fields, searched together so their answers stay consistent. */
export interface Component {
  criteria: number[];
  unknown: Map<FieldName, number[]>;
}

export interface ComponentOutcome {
  /** Distinct hit tuples (one hit per criterion of the component, in `criteria` order). */
  tuples: Hit[][];
  /** Unknown fields whose value alone changes some criterion's category. */
  decisiveFields: Set<FieldName>;
}

type ValueLists = Map<FieldName, (readonly FactValue[])[]>;

/** The value lists the component's criteria test each field against. */
export function componentLists(ruleSet: RuleSet, criteria: readonly number[]): ValueLists {
  const lists: ValueLists = new Map();
  for (const i of criteria) {
    const criterion = ruleSet.criteria[i];
    if (criterion === undefined) continue;
    for (const [field, found] of criterionLists(criterion)) {
      lists.set(field, [...(lists.get(field) ?? []), ...found]);
    }
  }
  return lists;
}

const levelCode = (hit: Hit) => hit.level * 16 + (hit.escalateTo ?? 15);

/**
 * Tries every combination of representative values for the component's unknown fields (an
 * odometer over value indices) and collects what its criteria answer. `perCriterionHits` gathers
 * every distinct hit per criterion, for the bounds and the findings.
 */
export function searchComponent(
  ruleSet: RuleSet,
  component: Component,
  known: Assignment,
  perCriterionHits: Map<number, Map<number, Hit>>,
): ComponentOutcome {
  const fields = [...component.unknown.keys()];
  const lists = componentLists(ruleSet, component.criteria);
  const choices: FactValue[][] = fields.map((f) =>
    representativeValues(f, component.unknown.get(f) ?? [], lists.get(f) ?? []),
  );
  const total = choices.reduce((n, c) => n * c.length, 1);
  const criteria = component.criteria.map((i) => ruleSet.criteria[i] as Criterion);
  const values: Assignment = { ...known };
  const digits = fields.map(() => 0);
  fields.forEach((f, k) => (values[f] = choices[k]?.[0]));

  const tupleIds = new Int32Array(total);
  const tuples = new Map<string, { id: number; hits: Hit[] }>();
  for (let index = 0; index < total; index += 1) {
    const hits = criteria.map((criterion, c) => {
      const hit = criterionHit(ruleSet, criterion, values);
      const seen = perCriterionHits.get(component.criteria[c] ?? -1) ?? new Map<number, Hit>();
      seen.set(hit.rule * 4096 + levelCode(hit), hit);
      perCriterionHits.set(component.criteria[c] ?? -1, seen);
      return hit;
    });
    const key = hits.map(levelCode).join(',');
    let tuple = tuples.get(key);
    if (tuple === undefined) {
      tuple = { id: tuples.size, hits };
      tuples.set(key, tuple);
    }
    tupleIds[index] = tuple.id;
    // Advance the odometer: the first field turns fastest.
    for (let k = 0; k < fields.length; k += 1) {
      const options = choices[k] ?? [];
      digits[k] = ((digits[k] ?? 0) + 1) % options.length;
      values[fields[k] as FieldName] = options[digits[k] ?? 0];
      if (digits[k] !== 0) break;
    }
  }
  return {
    tuples: [...tuples.values()].map((t) => t.hits),
    decisiveFields: decisiveFields(fields, choices, tupleIds),
  };
}

/**
 * A field is decisive when two combinations that differ only in that field give different
 * answers. Combination `index` has field k's value at digit (index / stride_k) % radix_k.
 */
function decisiveFields(
  fields: FieldName[],
  choices: FactValue[][],
  tupleIds: Int32Array,
): Set<FieldName> {
  const decisive = new Set<FieldName>();
  let stride = 1;
  fields.forEach((field, k) => {
    const radix = choices[k]?.length ?? 1;
    search: for (let index = 0; index < tupleIds.length; index += 1) {
      if (Math.floor(index / stride) % radix !== 0) continue;
      for (let d = 1; d < radix; d += 1) {
        if (tupleIds[index + d * stride] !== tupleIds[index]) {
          decisive.add(field);
          break search;
        }
      }
    }
    stride *= radix;
  });
  return decisive;
}

export function combinationCount(component: Component, lists: ValueLists): number {
  let count = 1;
  for (const [field, thresholds] of component.unknown)
    count *= representativeValues(field, thresholds, lists.get(field) ?? []).length;
  return count;
}

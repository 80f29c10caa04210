import type { Assignment } from './condition.ts';
import { criterionHit, type Hit } from './criterion-hit.ts';
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
  /** Unknown fields whose value alone changes some criterion's answer. */
  decisiveFields: Set<FieldName>;
}

function* assignments(fields: [FieldName, FactValue[]][], base: Assignment): Generator<Assignment> {
  const [first, ...rest] = fields;
  if (first === undefined) {
    yield base;
    return;
  }
  for (const value of first[1]) yield* assignments(rest, { ...base, [first[0]]: value });
}

const tupleKey = (hits: readonly Hit[]) =>
  hits.map((h) => `${String(h.level)}/${String(h.escalateTo ?? '')}`).join(',');

/**
 * Tries every combination of representative values for the component's unknown fields and
 * collects what its criteria answer. `perCriterionHits` gathers every distinct hit per criterion
 * for the findings.
 */
export function searchComponent(
  ruleSet: RuleSet,
  component: Component,
  known: Assignment,
  perCriterionHits: Map<number, Map<string, Hit>>,
): ComponentOutcome {
  const fields = [...component.unknown].map(([f, t]): [FieldName, FactValue[]] => [
    f,
    representativeValues(f, t),
  ]);
  const tuples = new Map<string, Hit[]>();
  // For each unknown field: answers grouped by the values of all the other unknown fields.
  const byOthers = new Map<FieldName, Map<string, Set<string>>>(
    fields.map(([f]) => [f, new Map()]),
  );
  for (const values of assignments(fields, known)) {
    const hits = component.criteria.map((index) => {
      const criterion = ruleSet.criteria[index] as Criterion;
      const hit = criterionHit(ruleSet, criterion, values);
      const seen = perCriterionHits.get(index) ?? new Map<string, Hit>();
      seen.set(`${String(hit.rule)}:${tupleKey([hit])}`, hit);
      perCriterionHits.set(index, seen);
      return hit;
    });
    const key = tupleKey(hits);
    tuples.set(key, hits);
    for (const [field] of fields) {
      const others = fields
        .filter(([f]) => f !== field)
        .map(([f]) => String(values[f]))
        .join('|');
      const group = byOthers.get(field)?.get(others) ?? new Set<string>();
      group.add(key);
      byOthers.get(field)?.set(others, group);
    }
  }
  const decisiveFields = new Set<FieldName>();
  for (const [field, groups] of byOthers) {
    if ([...groups.values()].some((answers) => answers.size > 1)) decisiveFields.add(field);
  }
  return { tuples: [...tuples.values()], decisiveFields };
}

export function combinationCount(component: Component): number {
  let count = 1;
  for (const [field, thresholds] of component.unknown)
    count *= representativeValues(field, thresholds).length;
  return count;
}

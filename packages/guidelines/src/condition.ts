import type { FactValue } from './facts.ts';
import type { FieldName } from './derived-facts.ts';

/**
 * A test on the facts, written as data so a reviewer can read each rule against its source:
 * a comparison with a number in the field's unit, membership in a list, or a combination.
 */
export type Condition =
  | { field: FieldName; op: '<' | '<=' | '>' | '>='; value: number }
  | { field: FieldName; in: readonly FactValue[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** A complete assignment: every field the condition reads has a value. */
export type Assignment = Partial<Record<FieldName, FactValue>>;

export function testCondition(condition: Condition, values: Assignment): boolean {
  if ('all' in condition) return condition.all.every((c) => testCondition(c, values));
  if ('any' in condition) return condition.any.some((c) => testCondition(c, values));
  if ('not' in condition) return !testCondition(condition.not, values);
  const value = values[condition.field];
  if (value === undefined) {
    throw new Error(`condition on ${condition.field} tested without a value (evaluator bug)`);
  }
  if ('in' in condition) return condition.in.includes(value);
  if (typeof value !== 'number') return false;
  switch (condition.op) {
    case '<':
      return value < condition.value;
    case '<=':
      return value <= condition.value;
    case '>':
      return value > condition.value;
    case '>=':
      return value >= condition.value;
  }
}

/** Every field a condition reads, with the numbers it compares each against or lists. */
export function fieldsOf(
  condition: Condition,
  into = new Map<FieldName, number[]>(),
): Map<FieldName, number[]> {
  if ('all' in condition) condition.all.forEach((c) => fieldsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => fieldsOf(c, into));
  else if ('not' in condition) fieldsOf(condition.not, into);
  else {
    const thresholds = into.get(condition.field) ?? [];
    if ('op' in condition) thresholds.push(condition.value);
    // A number listed in `in` is a point the search must try too (grade is 3, or not).
    else for (const v of condition.in) if (typeof v === 'number') thresholds.push(v);
    into.set(condition.field, thresholds);
  }
  return into;
}

/**
 * Every list of values a condition tests a field's membership in, by field. Values of a category
 * field that sit in exactly the same lists are alike for the condition (representatives.ts).
 */
export function listsOf(
  condition: Condition,
  into = new Map<FieldName, (readonly FactValue[])[]>(),
): Map<FieldName, (readonly FactValue[])[]> {
  if ('all' in condition) condition.all.forEach((c) => listsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => listsOf(c, into));
  else if ('not' in condition) listsOf(condition.not, into);
  else if ('in' in condition)
    into.set(condition.field, [...(into.get(condition.field) ?? []), condition.in]);
  return into;
}

import type { Condition } from './condition.ts';
import { fieldValue } from './derived-facts.ts';
import { describeCondition, fieldLabel, fieldUnit, listWords } from './describe.ts';
import type { ClinicalFacts } from './facts.ts';
import type { Criterion } from './rule-set.ts';

const NEEDS = { '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least' } as const;

/** "Closest margin 0 mm — needs at least 2 mm" for a condition on one field; null otherwise. */
function oneFieldText(condition: Condition, facts: ClinicalFacts): string | null {
  if (!('field' in condition)) return null;
  const value = fieldValue(facts, condition.field);
  const unit = fieldUnit(condition.field);
  const shown =
    value === undefined ? 'unknown' : `${String(value)}${typeof value === 'number' ? unit : ''}`;
  const needs =
    'op' in condition
      ? `${NEEDS[condition.op]} ${String(condition.value)}${unit}`
      : listWords(condition.in);
  return `${fieldLabel(condition.field)} ${shown} — needs ${needs}`;
}

/**
 * Why a criterion fell through to its `otherwise` category, in words a clinician reads: the value
 * and what the best category asks for ("Closest margin 0 mm — needs at least 2 mm"). When the
 * fall-through is the good answer (a risk trigger that is absent), it says what did not hold.
 */
export function failureText(
  criterion: Criterion,
  bestCategory: string,
  facts: ClinicalFacts,
): string {
  const first = criterion.rules[0];
  if (first === undefined) return `${criterion.label}: no condition to meet`;
  if (criterion.otherwise === bestCategory) {
    return `Does not hold: ${describeCondition(first.when)}`;
  }
  const wanted = criterion.rules.find((r) => r.category === bestCategory) ?? first;
  return oneFieldText(wanted.when, facts) ?? `Not met — needs ${describeCondition(wanted.when)}`;
}

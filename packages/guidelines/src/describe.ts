import type { Condition } from './condition.ts';
import { isDerived, type FieldName } from './derived-facts.ts';
import { FACT_FIELDS } from './fact-fields.ts';
import type { FactValue } from './facts.ts';

const OPERATORS = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

export function fieldLabel(field: FieldName): string {
  return isDerived(field)
    ? 'Nodal stage (pathologic, or clinical before surgery)'
    : FACT_FIELDS[field].label;
}

export function fieldUnit(field: FieldName): string {
  if (isDerived(field)) return '';
  const definition = FACT_FIELDS[field];
  return definition.kind === 'number' ||
    (definition.kind === 'integer' && definition.unit === 'years')
    ? ` ${definition.unit}`
    : '';
}

export function listWords(values: readonly FactValue[]): string {
  const words = values.map(String);
  return words.length <= 1
    ? (words[0] ?? 'nothing')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** Writes a condition as a person would read it in the guideline ("Age ≥ 50 years"). */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`;
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  if ('op' in condition) {
    return `${fieldLabel(condition.field)} ${OPERATORS[condition.op]} ${String(condition.value)}${fieldUnit(condition.field)}`;
  }
  if (condition.in.length === 1 && typeof condition.in[0] === 'boolean') {
    return `${fieldLabel(condition.field)}: ${condition.in[0] ? 'yes' : 'no'}`;
  }
  return `${fieldLabel(condition.field)} is ${listWords(condition.in)}`;
}

import { fieldsOf, testCondition, type Assignment } from './condition.ts';
import { fieldValue } from './derived-facts.ts';
import type { ClinicalFacts } from './facts.ts';
import type { ResultNote } from './result.ts';
import type { RuleSet } from './rule-set.ts';

/**
 * The rule set's notes whose condition holds on the facts. A note whose condition reads an
 * unknown fact is left out: a note states what the facts show, it never guesses.
 */
export function notesFor(ruleSet: RuleSet, facts: ClinicalFacts): ResultNote[] {
  return (ruleSet.notes ?? []).flatMap((note) => {
    const values: Assignment = {};
    for (const field of fieldsOf(note.when).keys()) {
      const value = fieldValue(facts, field);
      if (value === undefined) return [];
      values[field] = value;
    }
    return testCondition(note.when, values)
      ? [{ id: note.id, text: note.text, source: note.source }]
      : [];
  });
}

import { expect, it } from 'vitest';
import {
  allRuleSets,
  DEFAULT_PROGRAM_CRITERIA,
  evaluateRuleSet,
  type ClinicalFacts,
  type FactName,
  type RuleSet,
  type RuleSetId,
  type RuleSetResult,
} from '../../src/index.ts';

/** A published rule set, reached through the public list (only some are exported by name). */
export function ruleSetById(id: RuleSetId): RuleSet {
  const found = allRuleSets(DEFAULT_PROGRAM_CRITERIA).find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule set ${id}`);
  return found;
}

/** A criterion, a change to the baseline, and the category that change must give. */
export type BoundaryCase = [criterion: string, change: ClinicalFacts, category: string];
/** Facts removed from the baseline, the facts then asked for, and the categories still possible. */
export type MissingCase = [removed: FactName[], missing: FactName[], possible: string[]];

export function without(facts: ClinicalFacts, removed: readonly FactName[]): ClinicalFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(([name]) => !removed.includes(name as FactName)),
  );
}

/** The result is `category`, and the named criterion decided it, citing the facts it read. */
export function expectDecidedBy(
  result: RuleSetResult,
  criterion: string,
  category: string,
  change: ClinicalFacts,
): void {
  expect(result.category).toBe(category);
  expect(result.possibleCategories).toEqual([category]);
  expect(result.missing).toEqual([]);
  const finding = result.findings.find((f) => f.criterion === criterion);
  expect(finding).toMatchObject({ outcome: 'decided', category, decisive: true });
  const evidence = finding?.evidence ?? {};
  // An absent fact shows as null in the evidence.
  const read = (Object.entries(change) as [string, unknown][])
    .filter(([name]) => name in evidence)
    .map(([name, value]) => [name, value ?? null] as const);
  expect(read.length).toBeGreaterThan(0);
  expect(evidence).toMatchObject(Object.fromEntries(read));
  expect(finding?.source.citation).toMatch(/clinical\.md §1/);
  expect(finding?.source.detail).not.toBe('');
}

/** One test per case: the baseline with the change is decided by the named criterion. */
export function itDecides(ruleSet: RuleSet, baseline: ClinicalFacts, cases: BoundaryCase[]): void {
  it.each(cases)('%s: %j → %s', (criterion, change, category) => {
    expectDecidedBy(
      evaluateRuleSet(ruleSet, { ...baseline, ...change }),
      criterion,
      category,
      change,
    );
  });
}

/** One test per case: without the removed facts the answer is indeterminate, asking for them. */
export function itAsksFor(ruleSet: RuleSet, baseline: ClinicalFacts, cases: MissingCase[]): void {
  it.each(cases)('without %j → indeterminate, asks for %j', (removed, missing, possible) => {
    const result = evaluateRuleSet(ruleSet, without(baseline, removed));
    expect(result.category).toBe('indeterminate');
    expect([...result.missing].sort()).toEqual([...missing].sort());
    expect(result.possibleCategories).toEqual(possible);
  });
}

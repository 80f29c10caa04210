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

/** Helpers every rule-set test shares: finding a rule set, and the checks on its answers. */

/** A published rule set, reached through the public list (only some are exported by name). */
export function ruleSetById(id: RuleSetId): RuleSet {
  const found = allRuleSets(DEFAULT_PROGRAM_CRITERIA).find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule set ${id}`);
  return found;
}

export function evaluator(ruleSet: RuleSet): (facts: ClinicalFacts) => RuleSetResult {
  return (facts) => evaluateRuleSet(ruleSet, facts);
}

/** The two categories of the entry-criteria rule sets (ABS, ASBrS, ELIOT, TARGIT-A). */
export const OK = 'eligible';
export const NO = 'ineligible';
export const BOTH = [OK, NO];

/** A criterion, a change to the baseline, and the category that change must give. */
export type BoundaryCase = [criterion: string, change: ClinicalFacts, category: string];
/** Facts removed from the baseline, the facts then asked for, and the categories still possible. */
export type MissingCase = [removed: FactName[], missing: FactName[], possible: string[]];

export function without(facts: ClinicalFacts, ...removed: readonly FactName[]): ClinicalFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(([name]) => !removed.includes(name as FactName)),
  );
}

/**
 * The result is `category`, and the named criterion decided it, reading every changed fact
 * (an absent fact shows as null in the evidence), with a cited source.
 */
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
  const read = Object.entries(change).map(([name, value]) => [name, value ?? null] as const);
  expect(read.length).toBeGreaterThan(0);
  expect(finding?.evidence).toMatchObject(Object.fromEntries(read));
  expect(finding?.source.citation).not.toMatch(/clinical\.md/);
  expect(finding?.source.reference).toMatch(/^clinical\.md §1/);
  expect(finding?.source.detail).not.toBe('');
}

/** Undecided, with exactly the `possible` categories left, asking (at least) for `missing`. */
export function expectIndeterminate(
  result: RuleSetResult,
  possible: readonly string[],
  missing: readonly FactName[],
): void {
  expect(result.category).toBe('indeterminate');
  expect(result.possibleCategories).toEqual(possible);
  expect(result.missing).toEqual(expect.arrayContaining([...missing]));
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

/** A boundary case as the ASTRO tables write it: the change first, then criterion and category. */
export type Row = [patch: ClinicalFacts, criterion: string, category: string];

/** Shows a patch as a test title ("invasiveSizeMm=20.05"). */
export const show = (patch: ClinicalFacts): string =>
  Object.entries(patch)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');

/** Adds the patch to the test title, for it.each tables of rows. */
export const titled = (rows: readonly Row[]) =>
  rows.map(([patch, criterion, category]) => [show(patch), patch, criterion, category] as const);

/**
 * One test per row, titled "`title`, patch": the baseline with the patch is decided as the row
 * says (itDecides for tables written as rows).
 */
export function itDecidesRows(
  title: string,
  evaluate: (facts: ClinicalFacts) => RuleSetResult,
  baseline: ClinicalFacts,
  rows: readonly Row[],
): void {
  it.each(titled(rows))(`${title}, %s`, (_, patch, criterion, category) => {
    expectDecidedBy(evaluate({ ...baseline, ...patch }), criterion, category, patch);
  });
}

/** One test per case: without the removed facts the answer is indeterminate, asking for them. */
export function itAsksFor(ruleSet: RuleSet, baseline: ClinicalFacts, cases: MissingCase[]): void {
  it.each(cases)('without %j → indeterminate, asks for %j', (removed, missing, possible) => {
    const result = evaluateRuleSet(ruleSet, without(baseline, ...removed));
    expectIndeterminate(result, possible, missing);
    // Here the facts asked for are exactly the missing ones.
    expect([...result.missing].sort()).toEqual([...missing].sort());
  });
}

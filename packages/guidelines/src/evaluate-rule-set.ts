import type { Assignment } from './condition.ts';
import { combineHits, criterionFields, hitRank, type Hit } from './criterion-hit.ts';
import { searchComponent, type ComponentOutcome } from './component-search.ts';
import { buildComponents } from './components.ts';
import { DERIVED_FIELDS, fieldValue, isDerived, type FieldName } from './derived-facts.ts';
import { FACT_NAMES } from './fact-fields.ts';
import type { ClinicalFacts, FactName, FactValue } from './facts.ts';
import { buildFindings } from './findings.ts';
import { UNKNOWN_VALUE } from './representatives.ts';
import { notesFor } from './result-notes.ts';
import { INDETERMINATE, type RuleSetResult } from './result.ts';
import type { RuleSet } from './rule-set.ts';

/** Beyond this many combinations across groups, possible categories are reported as a range. */
const MAX_CROSS_COMBINATIONS = 100_000;

/** Facts as a rule set sees them: "unknown" answers are absent, and its stated defaults apply. */
function effectiveFacts(ruleSet: RuleSet, raw: ClinicalFacts) {
  const facts: Record<string, FactValue> = {};
  for (const [name, value] of Object.entries(raw) as [FactName, FactValue | undefined][]) {
    if (value !== undefined && value !== UNKNOWN_VALUE) facts[name] = value;
  }
  const assumed: Partial<Record<FactName, FactValue>> = {};
  for (const [name, value] of Object.entries(ruleSet.assumeWhenUnknown?.facts ?? {}) as [
    FactName,
    FactValue,
  ][]) {
    if (facts[name] === undefined) {
      facts[name] = value;
      assumed[name] = value;
    }
  }
  return { facts: facts as ClinicalFacts, assumed };
}

/** Every combination of one tuple per group; stops early once `enough` says so. */
function crossLevels(
  outcomes: ComponentOutcome[],
  width: number,
  slots: number[][],
  enough: (levels: Set<number>) => boolean,
) {
  const levels = new Set<number>();
  const hits: Hit[] = new Array<Hit>(width);
  let visited = 0;
  const walk = (g: number): boolean => {
    const outcome = outcomes[g];
    if (outcome === undefined) {
      levels.add(combineHits(hits));
      visited += 1;
      return enough(levels) || visited >= MAX_CROSS_COMBINATIONS;
    }
    for (const tuple of outcome.tuples) {
      tuple.forEach((hit, k) => (hits[slots[g]?.[k] ?? 0] = hit));
      if (walk(g + 1)) return true;
    }
    return false;
  };
  walk(0);
  return { levels, complete: visited < MAX_CROSS_COMBINATIONS };
}

/**
 * Evaluates one rule set. A category is returned only when no value of the unknown facts could
 * change it; otherwise "indeterminate", with the categories still possible and the facts that
 * could decide between them.
 */
export function evaluateRuleSet(ruleSet: RuleSet, raw: ClinicalFacts): RuleSetResult {
  const { facts, assumed } = effectiveFacts(ruleSet, raw);
  const known: Assignment = {};
  const allFields = new Set<FieldName>(
    ruleSet.criteria.flatMap((c) => [...criterionFields(c).keys()]),
  );
  for (const field of allFields) {
    const value = fieldValue(facts, field);
    if (value !== undefined) known[field] = value;
  }

  const components = buildComponents(ruleSet, known);
  const perCriterionHits = new Map<number, Map<number, Hit>>();
  const outcomes = components.map((c) => searchComponent(ruleSet, c, known, perCriterionHits));
  const slots = components.map((c) => c.criteria);

  // Bounds: best and worst hit of every criterion. combineHits never improves when a hit worsens,
  // so equal bounds mean the category is decided without trying every combination.
  const best: Hit[] = [];
  const worst: Hit[] = [];
  for (const [index, hits] of perCriterionHits) {
    const sorted = [...hits.values()].sort((a, b) => hitRank(a) - hitRank(b));
    best[index] = sorted[0] as Hit;
    worst[index] = sorted.at(-1) as Hit;
  }
  const low = combineHits(best);
  const high = combineHits(worst);
  let levels = new Set<number>([low]);
  if (low !== high) {
    const inRange = (l: number) => l >= low && l <= high;
    const wanted = ruleSet.categories.map((_, l) => l).filter(inRange).length;
    const searched = crossLevels(
      outcomes,
      ruleSet.criteria.length,
      slots,
      (found) => found.size >= wanted,
    );
    levels = searched.complete
      ? searched.levels
      : new Set(ruleSet.categories.map((_, l) => l).filter(inRange));
  }
  const sortedLevels = [...levels].sort((a, b) => a - b);
  const decidedLevel = sortedLevels.length === 1 ? sortedLevels[0] : undefined;
  const gated = ruleSet.requiresFinalPathology === true && facts.phase !== 'final-pathology';

  const possibleCategories = gated
    ? [...ruleSet.categories]
    : sortedLevels.map((l) => ruleSet.categories[l] ?? '');
  const category =
    gated || decidedLevel === undefined ? INDETERMINATE : (ruleSet.categories[decidedLevel] ?? '');
  const missing = new Set<FactName>(gated ? ['phase'] : []);
  if (category === INDETERMINATE && !gated) {
    outcomes.forEach((outcome) => {
      if (outcome.tuples.length < 2) return;
      for (const field of outcome.decisiveFields) {
        for (const name of isDerived(field) ? DERIVED_FIELDS[field].askFor(facts) : [field])
          missing.add(name);
      }
    });
  }
  const findings = buildFindings(ruleSet, raw, perCriterionHits, gated ? undefined : decidedLevel);
  const notes = notesFor(ruleSet, facts);
  return {
    ruleset: ruleSet.id,
    version: ruleSet.version,
    title: ruleSet.title,
    citation: ruleSet.citation,
    category,
    possibleCategories,
    missing: FACT_NAMES.filter((n) => missing.has(n)),
    findings,
    assumed,
    includesUnconfirmed: findings.some(
      (f) => f.outcome !== 'not-applicable' && f.source.confidence === 'unconfirmed',
    ),
    meaning:
      category === INDETERMINATE
        ? gated
          ? 'Applies to final pathology; evaluate again when it is available.'
          : `Cannot be decided yet: it depends on ${[...missing].join(', ')}.`
        : (ruleSet.meaning[category] ?? ''),
    ...(notes.length === 0 ? {} : { notes }),
  };
}

import { criterionFields, type Hit } from './criterion-hit.ts';
import { DERIVED_FIELDS, isDerived } from './derived-facts.ts';
import { describeCondition } from './describe.ts';
import { failureText } from './failure-text.ts';
import type { ClinicalFacts, FactName, FactValue } from './facts.ts';
import type { Finding } from './result.ts';
import type { Criterion, RuleSet } from './rule-set.ts';

function evidenceOf(criterion: Criterion, raw: ClinicalFacts): Finding['evidence'] {
  const evidence: Partial<Record<FactName, FactValue | null>> = {};
  for (const field of criterionFields(criterion).keys()) {
    for (const name of isDerived(field) ? DERIVED_FIELDS[field].inputs : [field]) {
      evidence[name] = raw[name] ?? null;
    }
  }
  return evidence;
}

function ruleText(ruleSet: RuleSet, criterion: Criterion, hit: Hit, raw: ClinicalFacts): string {
  const rule = criterion.rules[hit.rule];
  if (rule === undefined) return failureText(criterion, ruleSet.categories[0] ?? '', raw);
  const text = describeCondition(rule.when);
  return rule.escalateTo === undefined
    ? text
    : `${text} (${rule.category} only if every other criterion is ${ruleSet.categories[0] ?? ''}; otherwise ${rule.escalateTo})`;
}

/** One finding per criterion, in the rule set's order. */
export function buildFindings(
  ruleSet: RuleSet,
  raw: ClinicalFacts,
  perCriterionHits: ReadonlyMap<number, ReadonlyMap<number, Hit>>,
  decidedLevel: number | undefined,
): Finding[] {
  return ruleSet.criteria.map((criterion, index) => {
    const hits = [...(perCriterionHits.get(index)?.values() ?? [])];
    const base = {
      criterion: criterion.id,
      label: criterion.label,
      evidence: evidenceOf(criterion, raw),
      source: criterion.source,
    };
    if (hits.every((h) => h.rule === -2))
      return { ...base, outcome: 'not-applicable', decisive: false };
    const answers = new Map(
      hits.map((h) => [`${String(h.level)}/${String(h.escalateTo ?? '')}`, h]),
    );
    const [only] = answers.values();
    if (answers.size === 1 && only !== undefined) {
      const rules = new Set(hits.map((h) => h.rule));
      return {
        ...base,
        outcome: 'decided',
        category: ruleSet.categories[only.level] ?? '',
        ...(rules.size === 1 ? { rule: ruleText(ruleSet, criterion, only, raw) } : {}),
        decisive:
          decidedLevel !== undefined &&
          (only.level === decidedLevel || only.escalateTo === decidedLevel),
      };
    }
    const levels = [
      ...new Set(
        hits.flatMap((h) => [h.level, ...(h.escalateTo === undefined ? [] : [h.escalateTo])]),
      ),
    ].sort();
    return {
      ...base,
      outcome: 'unknown',
      possibleCategories: levels.map((l) => ruleSet.categories[l] ?? ''),
      decisive: false,
    };
  });
}

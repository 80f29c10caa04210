import { INDETERMINATE, type RuleSetResult } from '@openiort/guidelines';
import type { TFunction } from 'i18next';
import { categoryLabel } from '../../clinical/category-labels.ts';
import { factLabel } from '../../clinical/fact-labels.ts';

/** One printed summary line: a rule set, its category, and what decided it. */
export interface SummaryLine {
  ruleset: string;
  title: string;
  category: string;
  /** The deciding criteria in words; for an undecided answer, what it needs. */
  deciding: string;
}

/** The printed summary: one line per rule set, in the engine's order; `t` of the clinician namespace. */
export function summaryLines(t: TFunction, results: readonly RuleSetResult[]): SummaryLine[] {
  return results.map((result) => {
    const decisive = result.findings
      .filter((f) => f.decisive)
      .map((f) => (f.rule === undefined ? f.label : `${f.label}: ${f.rule}`));
    const needs =
      result.category === INDETERMINATE && result.missing.length > 0
        ? [t('candidacy.print.needs', { facts: result.missing.map(factLabel).join(', ') })]
        : [];
    return {
      ruleset: result.ruleset,
      title: result.title,
      category: categoryLabel(result.category),
      deciding: [...decisive, ...needs].join('; ') || '—',
    };
  });
}

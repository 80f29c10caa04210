import type { FactName, FactValue } from './facts.ts';
import type { Source } from './rule-set.ts';

export const INDETERMINATE = 'indeterminate';

/** What one criterion contributed, with the fact values it read. */
export interface Finding {
  criterion: string;
  label: string;
  /** decided: one answer whatever the unknown facts; unknown: it depends on them. */
  outcome: 'decided' | 'unknown' | 'not-applicable';
  /** The category this criterion points to, when decided. */
  category?: string;
  /** The categories it could point to, when unknown. */
  possibleCategories?: string[];
  /** The rule that held, as written in the source ("Age ≥ 50 years"); absent when unknown. */
  rule?: string;
  /** Fact values the criterion read; null means unknown. */
  evidence: Partial<Record<FactName, FactValue | null>>;
  source: Source;
  /** True when this criterion set the rule set's category. */
  decisive: boolean;
}

/** A statement shown beside a result's category (rule-set.ts NoteRule), with its source. */
export interface ResultNote {
  id: string;
  text: string;
  source: Source;
}

export interface RuleSetResult {
  ruleset: string;
  version: string;
  title: string;
  citation: string;
  /** One of the rule set's categories, or "indeterminate". */
  category: string;
  /** Categories still possible (one when decided). */
  possibleCategories: string[];
  /** Unknown facts that could change the category (empty when decided). */
  missing: FactName[];
  findings: Finding[];
  /** Facts the source says need not be known, and the value assumed for them. */
  assumed: Partial<Record<FactName, FactValue>>;
  /** True when any rule that was applied comes from a source marked UNCONFIRMED. */
  includesUnconfirmed: boolean;
  /** What the category means, in the source's terms. */
  meaning: string;
  /**
   * Statements to show beside the category, present only when one holds (results saved before
   * notes existed have none).
   */
  notes?: ResultNote[];
}

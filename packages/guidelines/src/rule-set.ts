import type { Condition } from './condition.ts';
import type { ClinicalFacts } from './facts.ts';

export type Confidence = 'confirmed' | 'unconfirmed';

/** Where a rule comes from: the publication and the table row, and whether it was checked. */
export interface Source {
  citation: string;
  /** The table row or statement the rule encodes, in our words. */
  detail: string;
  confidence: Confidence;
  /**
   * Where the project's clinical reference discusses the rule ("clinical.md §1a"), for
   * developers and reviewers; never shown to users as the source, which `citation` is.
   */
  reference?: string;
}

/**
 * One line of a criterion: when `when` holds, the criterion points to `category`. With
 * `escalateTo`, the category only holds while every other criterion points to the best category;
 * otherwise it becomes `escalateTo` (ASTRO 2017: age 40–49 is cautionary only if all else is
 * suitable).
 */
export interface Rule {
  when: Condition;
  category: string;
  escalateTo?: string;
}

export interface Criterion {
  id: string;
  label: string;
  source: Source;
  /** When this does not hold, the criterion does not apply (pure-DCIS rules for an invasive cancer). */
  appliesWhen?: Condition;
  /** Tried in order; the first whose condition holds decides. */
  rules: readonly Rule[];
  /** The category when no rule holds. */
  otherwise: string;
}

/**
 * A statement the result carries beside its category whenever `when` holds on the known facts
 * (ASTRO 2023: with IORT, that IORT alone had a higher in-breast recurrence rate). It never
 * changes the category.
 */
export interface NoteRule {
  id: string;
  when: Condition;
  text: string;
  source: Source;
}

export interface RuleSet {
  id: string;
  version: string;
  title: string;
  citation: string;
  /** Best first. The rule set's answer is the worst category any criterion points to. */
  categories: readonly string[];
  criteria: readonly Criterion[];
  /** Rule sets that judge final pathology answer "indeterminate" before it. */
  requiresFinalPathology?: boolean;
  /** Values the source says need not be known (TARGIT-A: BRCA testing not required). */
  assumeWhenUnknown?: { facts: Partial<ClinicalFacts>; reason: string };
  /** What the categories mean, for people reading the result. */
  meaning: Record<string, string>;
  /** Statements shown beside the category when their condition holds. */
  notes?: readonly NoteRule[];
}

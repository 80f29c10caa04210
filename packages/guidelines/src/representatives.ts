import { DERIVED_FIELDS, isDerived, type FieldName } from './derived-facts.ts';
import { FACT_FIELDS } from './fact-fields.ts';
import type { FactValue } from './facts.ts';

/** Smallest step between distinct millimetre values the rules can tell apart. */
const MM_STEP = 0.05;

/**
 * A finite set of values that covers every outcome the rules can give for an unknown field:
 * every listed value for categories, and for numbers each threshold the rules compare against,
 * one step either side of it, and the ends of the allowed range. Because rules only compare
 * numbers with these thresholds, any other value behaves like one of these.
 */
export function representativeValues(field: FieldName, thresholds: readonly number[]): FactValue[] {
  if (isDerived(field)) return [...DERIVED_FIELDS[field].values];
  const definition = FACT_FIELDS[field];
  switch (definition.kind) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return definition.values.filter((v) => v !== UNKNOWN_VALUE);
    case 'integer':
    case 'number': {
      const step = definition.kind === 'integer' ? 1 : MM_STEP;
      const points = new Set<number>([definition.min, definition.max]);
      for (const t of thresholds) for (const p of [t - step, t, t + step]) points.add(p);
      return [...points]
        .filter((p) => p >= definition.min && p <= definition.max)
        .map((p) => Math.round(p * 1000) / 1000)
        .sort((a, b) => a - b);
    }
  }
}

/** The explicit "not known" answer some fields allow (germline BRCA not tested). */
export const UNKNOWN_VALUE = 'unknown';

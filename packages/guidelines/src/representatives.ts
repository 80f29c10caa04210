import { DERIVED_FIELDS, isDerived, type FieldName } from './derived-facts.ts';
import { FACT_FIELDS } from './fact-fields.ts';
import type { FactValue } from './facts.ts';

/** Smallest step between distinct millimetre values the rules can tell apart. */
const MM_STEP = 0.05;

/**
 * A finite set of values that covers every outcome the rules can give for an unknown field:
 * every listed value for categories; for numbers, each threshold the rules compare against or
 * list, one value between each pair of neighbouring thresholds, and one just below the lowest and
 * just above the highest (within the allowed range). Rules only compare numbers with these
 * thresholds, so any other value behaves exactly like one of these.
 */
export function representativeValues(
  field: FieldName,
  thresholds: readonly number[],
  lists?: readonly (readonly FactValue[])[],
): FactValue[] {
  if (isDerived(field)) return oneOfEachClass([...DERIVED_FIELDS[field].values], lists);
  const definition = FACT_FIELDS[field];
  switch (definition.kind) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return oneOfEachClass(
        definition.values.filter((v) => v !== UNKNOWN_VALUE),
        lists,
      );
    case 'integer':
    case 'number': {
      const step = definition.kind === 'integer' ? 1 : MM_STEP;
      const sorted = [...new Set(thresholds)].sort((a, b) => a - b);
      const first = sorted[0];
      const last = sorted.at(-1);
      if (first === undefined || last === undefined) return [definition.min];
      const points = [first - step, ...sorted, last + step];
      sorted.slice(1).forEach((t, i) => {
        const below = sorted[i] ?? t;
        points.push(definition.kind === 'integer' ? Math.floor((below + t) / 2) : (below + t) / 2);
      });
      const inRange = points
        .filter((p) => p >= definition.min && p <= definition.max)
        .map((p) => Math.round(p * 1000) / 1000);
      return [...new Set(inRange)].sort((a, b) => a - b);
    }
  }
}

/**
 * With the lists the rules test a category field against, one value per class of values that sit
 * in exactly the same lists: the rules cannot tell them apart, so trying one is enough. Without
 * lists, every value.
 */
function oneOfEachClass(
  values: FactValue[],
  lists: readonly (readonly FactValue[])[] | undefined,
): FactValue[] {
  if (lists === undefined) return values;
  const seen = new Set<string>();
  return values.filter((value) => {
    const signature = lists.map((list) => (list.includes(value) ? '1' : '0')).join('');
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

/** The explicit "not known" answer some fields allow (germline BRCA not tested). */
export const UNKNOWN_VALUE = 'unknown';

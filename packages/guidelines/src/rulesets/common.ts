import type { Condition } from '../condition.ts';
import type { Source } from '../rule-set.ts';

/** Pieces every rule set may use; the rules themselves stay in each rule set's own file. */

/** Makes a `Source` for one table row or statement of a publication. */
export const citing =
  (citation: string) =>
  (detail: string, confidence: Source['confidence'] = 'confirmed'): Source => ({
    citation,
    detail,
    confidence,
  });

export const PURE_DCIS: Condition = { field: 'histology', in: ['dcis'] };
export const INVASIVE: Condition = { not: PURE_DCIS };

import { INDETERMINATE, type RuleSetResult } from '@openiort/guidelines';

/**
 * The rule set's own sentence about its answer, or null when it would only repeat, in field
 * codes, the "Needs" line shown for an indeterminate result.
 */
export function shownMeaning(
  result: Pick<RuleSetResult, 'category' | 'meaning' | 'missing'>,
): string | null {
  if (result.meaning.trim() === '') return null;
  if (result.category !== INDETERMINATE) return result.meaning;
  const repeatsMissing = result.missing.some((fact) =>
    new RegExp(`\\b${fact}\\b`).test(result.meaning),
  );
  return repeatsMissing ? null : result.meaning;
}

import { ageInYears } from '../components/format.ts';

/** A typed age that disagrees with the date of birth on the evaluation date. */
export interface AgeDisagreement {
  typedYears: number;
  computedYears: number;
}

/**
 * Compares the age typed in the form with the age the date of birth gives on the evaluation
 * date (both YYYY-MM-DD). Null when they agree, when nothing usable is typed, or when the date
 * of birth is unusable: then there is nothing to warn about.
 */
export function ageDisagreement(
  typedText: string,
  birthDate: string,
  evaluationDate: string,
): AgeDisagreement | null {
  const text = typedText.trim();
  if (!/^\d+$/.test(text)) return null;
  const computedYears = ageInYears(birthDate, evaluationDate);
  const typedYears = Number(text);
  if (computedYears === null || computedYears === typedYears) return null;
  return { typedYears, computedYears };
}

import type { ClinicalFacts } from '@openiort/guidelines';
import { ageInYears } from '../../components/format.ts';
import { EMPTY_FACT_VALUES, factsToFormValues, type FactFormValues } from './fact-form-values.ts';

export interface StartingValues {
  values: FactFormValues;
  /** The evaluation whose facts were carried over, if any. */
  carriedFrom: { createdAt: string } | null;
  /** True when the age was computed from the date of birth (always, when it is usable). */
  ageFromBirthDate: boolean;
}

/**
 * What the form starts with: the facts of the patient's most recent evaluation; the age from the
 * date of birth on the evaluation date (`today`), never an older evaluation's age; the
 * preoperative phase when none is known.
 */
export function startingValues(
  birthDate: string,
  latest: { facts: ClinicalFacts; createdAt: string } | undefined,
  today: string,
): StartingValues {
  const values = latest === undefined ? { ...EMPTY_FACT_VALUES } : factsToFormValues(latest.facts);
  const age = ageInYears(birthDate, today);
  if (age !== null) values.ageYears = String(age);
  if (values.phase === '') values.phase = 'preoperative';
  return {
    values,
    carriedFrom: latest === undefined ? null : { createdAt: latest.createdAt },
    ageFromBirthDate: age !== null,
  };
}

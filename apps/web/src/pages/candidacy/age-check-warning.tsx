import { Alert } from '@mantine/core';
import { ageDisagreement } from '../../clinical/age-check.ts';

interface AgeCheckWarningProps {
  ageText: string;
  birthDate: string;
  /** The evaluation date, YYYY-MM-DD (today in the browser). */
  evaluationDate: string;
}

/** Warns, in the form beside the age, when the typed age is not what the date of birth gives. */
export function AgeCheckWarning({ ageText, birthDate, evaluationDate }: AgeCheckWarningProps) {
  const disagreement = ageDisagreement(ageText, birthDate, evaluationDate);
  if (disagreement === null) return null;
  const { typedYears, computedYears } = disagreement;
  return (
    <Alert color="orange" variant="light" title="Check the age" className="age-check-warning">
      Born {birthDate}, the patient is {String(computedYears)} on {evaluationDate}, not{' '}
      {String(typedYears)}. Correct the age or the date of birth before evaluating.
    </Alert>
  );
}

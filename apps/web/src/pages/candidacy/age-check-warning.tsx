import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageDisagreement } from '../../clinical/age-check.ts';

interface AgeCheckWarningProps {
  ageText: string;
  birthDate: string;
  /** The evaluation date, YYYY-MM-DD (today in the browser). */
  evaluationDate: string;
}

/** Warns, in the form beside the age, when the typed age is not what the date of birth gives. */
export function AgeCheckWarning({ ageText, birthDate, evaluationDate }: AgeCheckWarningProps) {
  const { t } = useTranslation('clinician');
  const disagreement = ageDisagreement(ageText, birthDate, evaluationDate);
  if (disagreement === null) return null;
  const { typedYears, computedYears } = disagreement;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('candidacy.ageCheck.title')}
      className="age-check-warning"
    >
      {t('candidacy.ageCheck.body', {
        birthDate,
        computed: computedYears,
        date: evaluationDate,
        typed: typedYears,
      })}
    </Alert>
  );
}

import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A refused plan: no times, no dose, and the engine's reason in plain view. */
export function RefusalAlert({ message }: { message: string }) {
  const { t } = useTranslation('clinician');
  return (
    <Alert color="red" variant="filled" title={t('planning.refused')} role="alert">
      <Text size="sm" fw={600}>
        {message}
      </Text>
    </Alert>
  );
}

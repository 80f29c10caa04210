import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/api-error.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed request, said plainly, with a way to try again when that makes sense. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation('clinician');
  return (
    <Alert color="red" title={title ?? t('common.errorTitle')} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{errorMessage(error, t('common.errorFallback'))}</Text>
        {onRetry !== undefined && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.tryAgain')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

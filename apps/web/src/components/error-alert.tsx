import { Alert, Button, Group, Text } from '@mantine/core';
import { errorMessage } from '../api/api-error.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed request, said plainly, with a way to try again when that makes sense. */
export function ErrorAlert({ error, title = 'Something went wrong', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" title={title} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry !== undefined && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}

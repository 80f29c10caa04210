import { Alert, Text } from '@mantine/core';

/** A refused plan: no times, no dose, and the engine's reason in plain view. */
export function RefusalAlert({ message }: { message: string }) {
  return (
    <Alert
      color="red"
      variant="filled"
      title="Plan refused — nothing can be delivered"
      role="alert"
    >
      <Text size="sm" fw={600}>
        {message}
      </Text>
    </Alert>
  );
}

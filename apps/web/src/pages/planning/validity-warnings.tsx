import type { ValidityWarningDto } from '@openiort/contract';
import { Alert, List, Text } from '@mantine/core';

/**
 * The engine's TG-43 validity warnings: each reported dose (or the DVH region) that relies on
 * data beyond the tabulated radii, in the near-axis cone where F(r, θ) changes fast, or inside
 * the source encapsulation, named with its point and reason.
 */
export function ValidityWarnings({ warnings }: { warnings: readonly ValidityWarningDto[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      title="Where the TG-43 data are extrapolated or least reliable"
      data-testid="validity-warnings"
    >
      <Text size="sm" mb={4}>
        These reported doses rest on source data outside their reliable range; read them with that
        uncertainty in mind.
      </Text>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning.quantity}>{warning.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

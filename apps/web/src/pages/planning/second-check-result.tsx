import type { SecondCheckDto } from '@openiort/contract';
import { Badge, Group, Text } from '@mantine/core';
import { deviationText, gy } from './plan-format.ts';

/** The independent second check: its deviation from the plan and whether it is within tolerance. */
export function SecondCheckResult({ check }: { check: SecondCheckDto }) {
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Text size="sm" fw={600}>
        Independent second check
      </Text>
      {check.withinTolerance ? (
        <Badge color="green" variant="light" size="lg">
          Within tolerance
        </Badge>
      ) : (
        <Badge color="red" variant="filled" size="lg">
          FLAGGED
        </Badge>
      )}
      <Text size="sm">
        Deviation {deviationText(check.deviationPercent)} (tolerance{' '}
        {String(check.tolerancePercent)} %) · surface mean {gy(check.surfaceMeanGy)} · skin{' '}
        {gy(check.skinDoseGy)}
      </Text>
    </Group>
  );
}

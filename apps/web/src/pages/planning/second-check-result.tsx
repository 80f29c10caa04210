import type { SecondCheckDto } from '@openiort/contract';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deviationText, gy } from './plan-format.ts';

/** The independent second check: its deviation from the plan and whether it is within tolerance. */
export function SecondCheckResult({ check }: { check: SecondCheckDto }) {
  const { t } = useTranslation('clinician');
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Text size="sm" fw={600}>
        {t('planning.secondCheck.title')}
      </Text>
      {check.withinTolerance ? (
        <Badge color="green" variant="light" size="lg">
          {t('planning.secondCheck.within')}
        </Badge>
      ) : (
        <Badge color="red" variant="filled" size="lg">
          {t('planning.secondCheck.flagged')}
        </Badge>
      )}
      <Text size="sm">
        {t('planning.secondCheck.detail', {
          deviation: deviationText(check.deviationPercent),
          tolerance: String(check.tolerancePercent),
          surfaceMean: gy(check.surfaceMeanGy),
          skin: gy(check.skinDoseGy),
        })}
      </Text>
    </Group>
  );
}

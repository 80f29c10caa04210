import type { ValidityWarningDto } from '@openiort/contract';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The engine's TG-43 validity warnings: each reported dose (or the DVH region) that relies on
 * data beyond the tabulated radii, in the near-axis cone where F(r, θ) changes fast, or inside
 * the source encapsulation, named with its point and reason.
 */
export function ValidityWarnings({ warnings }: { warnings: readonly ValidityWarningDto[] }) {
  const { t } = useTranslation('clinician');
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" title={t('planning.validity.title')} data-testid="validity-warnings">
      <Text size="sm" mb={4}>
        {t('planning.validity.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning.quantity}>{warning.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

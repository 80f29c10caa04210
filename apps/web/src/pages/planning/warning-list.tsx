import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The engine's warnings, each in its own words. */
export function WarningList({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation('clinician');
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('planning.warning', { count: warnings.length })}>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The demonstration label, impossible to miss, wherever a model that is not cleared for clinical
 * use is chosen or a plan made with one is shown (also on paper).
 */
export function DemonstrationBanner({ label }: { label: string }) {
  const { t } = useTranslation('clinician');
  return (
    <Alert
      className="demo-banner"
      variant="filled"
      title={t('planning.notForClinicalUse')}
      role="note"
    >
      <Text size="sm" fw={600}>
        {label}
      </Text>
    </Alert>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks demonstration records so they are never mistaken for real patients. */
export function DemoBadge() {
  const { t } = useTranslation('clinician');
  return (
    <Badge color="grape.9" variant="outline" title={t('demo.title')}>
      {t('demo.badge')}
    </Badge>
  );
}

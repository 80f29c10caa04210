import { Badge, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

/** Marks a rule whose source could not be checked against a readable publication. */
export function UnconfirmedMarker() {
  const { t } = useTranslation('clinician');
  return (
    <Badge
      size="sm"
      tt="none"
      variant="outline"
      color="grape.9"
      title={t('candidacy.unconfirmed.meaning')}
    >
      {t('candidacy.unconfirmed.badge')}
    </Badge>
  );
}

/** What "Unconfirmed source" means, written on the page once above the results. */
export function UnconfirmedExplanation() {
  const { t } = useTranslation('clinician');
  return (
    <Text size="sm" className="unconfirmed-explanation">
      <Trans
        t={t}
        i18nKey={'candidacy.unconfirmed.explanation'}
        components={{ strong: <strong /> }}
      />
    </Text>
  );
}

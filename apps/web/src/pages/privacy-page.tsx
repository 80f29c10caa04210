import { Container, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/use-page-title.ts';

const POINTS = ['noName', 'notStored', 'logs', 'noCookies'] as const;

/** Public: what the public pages do with what a visitor types. */
export function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="md">
        {t('privacy.title')}
      </Title>
      <Text mb="md">{t('privacy.intro')}</Text>
      <List spacing="sm" mb="md">
        {POINTS.map((point) => (
          <List.Item key={point}>{t(`privacy.points.${point}`)}</List.Item>
        ))}
      </List>
      <Text>{t('privacy.contact')}</Text>
    </Container>
  );
}

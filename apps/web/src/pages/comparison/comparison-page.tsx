import { Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';

/** Public: IORT beside whole-breast and partial-breast radiation (content in @openiort/content). */
export function ComparisonPage() {
  const { t } = useTranslation();
  usePageTitle(t('layout.comparison'));
  return (
    <Container size="lg" py="xl">
      <Title order={1}>{t('layout.comparison')}</Title>
    </Container>
  );
}

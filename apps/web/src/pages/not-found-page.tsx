import { Anchor, Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { usePagePath } from '../i18n/use-page-path.ts';

/** Any address that names no page, in the language of the part of the site it is under. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  const { pathname } = useLocation();
  const pagePath = usePagePath();
  const inApp = pathname.startsWith('/app');
  return (
    <Container size="sm" py={48}>
      <Title order={1} mb="md">
        {t('notFound.title')}
      </Title>
      <Text mb="md" style={{ overflowWrap: 'anywhere' }}>
        {t('notFound.body', { path: pathname })}
      </Text>
      <Anchor component={Link} to={inApp ? '/app/patients' : pagePath('')}>
        {inApp ? 'Go to the patient list' : t('notFound.home')}
      </Anchor>
    </Container>
  );
}

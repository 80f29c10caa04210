import type { Action } from '@openiort/contract';
import { Alert, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { useCan } from './session-context.ts';

/** Shows its child routes only to roles that PERMISSION_MATRIX allows to take `action`. */
export function RequirePermission({ action }: { action: Action }) {
  return useCan(action) ? <Outlet /> : <NotAllowed />;
}

function NotAllowed() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('notAllowed.title'));
  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="md">
        {t('notAllowed.title')}
      </Title>
      <Alert color="yellow" title={t('notAllowed.alertTitle')} role="alert">
        {t('notAllowed.askAdmin')}
      </Alert>
    </Container>
  );
}

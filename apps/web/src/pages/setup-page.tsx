import { Alert, Anchor, Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSetupStatus } from '../api/session.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { SetupForm } from './setup-form.tsx';

/** One-time creation of the first administrator; afterwards it only points to sign-in. */
export function SetupPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('setup.title'));
  const status = useSetupStatus();
  return (
    <Container size={480} py={48}>
      <Title order={1} mb="sm">
        {t('setup.title')}
      </Title>
      {status.isPending && <LoadingState />}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.data?.needsSetup === false && (
        <Alert color="blue" title={t('setup.alreadyDone')} role="status">
          {t('setup.adminExists')}{' '}
          <Anchor component={Link} to="/signin">
            {t('setup.goToSignIn')}
          </Anchor>
          {t('setup.askForAccount')}
        </Alert>
      )}
      {status.data?.needsSetup === true && (
        <>
          <Text mb="lg">{t('setup.intro')}</Text>
          <SetupForm />
        </>
      )}
    </Container>
  );
}

import { Alert, Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSetupStatus } from '../api/session.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { SetupForm } from './setup-form.tsx';

/** One-time creation of the first administrator; afterwards it only points to sign-in. */
export function SetupPage() {
  usePageTitle('Set up OpenIORT');
  const status = useSetupStatus();
  return (
    <Container size={480} py={48}>
      <Title order={1} mb="sm">
        Set up OpenIORT
      </Title>
      {status.isPending && <LoadingState />}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.data?.needsSetup === false && (
        <Alert color="blue" title="Set-up is already done" role="status">
          An administrator account exists, so this page has nothing more to do.{' '}
          <Anchor component={Link} to="/signin">
            Go to staff sign in
          </Anchor>
          . Ask your OpenIORT administrator if you need an account.
        </Alert>
      )}
      {status.data?.needsSetup === true && (
        <>
          <Text mb="lg">
            Create the first administrator account. The administrator then adds accounts for the
            rest of the team. This page works only once.
          </Text>
          <SetupForm />
        </>
      )}
    </Container>
  );
}

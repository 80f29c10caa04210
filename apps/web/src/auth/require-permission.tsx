import type { Action } from '@openiort/contract';
import { Alert, Container, Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { useCan } from './session-context.ts';

/** Shows its child routes only to roles that PERMISSION_MATRIX allows to take `action`. */
export function RequirePermission({ action }: { action: Action }) {
  return useCan(action) ? <Outlet /> : <NotAllowed />;
}

function NotAllowed() {
  usePageTitle('Not allowed');
  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="md">
        Not allowed
      </Title>
      <Alert color="yellow" title="Your role cannot open this page" role="alert">
        Ask an OpenIORT administrator if you need access.
      </Alert>
    </Container>
  );
}

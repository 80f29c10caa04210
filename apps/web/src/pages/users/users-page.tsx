import { Paper, Stack, Title } from '@mantine/core';
import { useUsers } from '../../api/users.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AddUserForm } from './add-user-form.tsx';
import { UserTable } from './user-table.tsx';

/** Staff accounts: who can sign in, with which role; and adding a new one. */
export function UsersPage() {
  usePageTitle('Users');
  const users = useUsers();
  return (
    <Stack>
      <Title order={1}>Users</Title>
      <Paper withBorder p="md">
        {users.isPending && <LoadingState label="Loading users…" />}
        {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
        {users.data !== undefined && <UserTable users={users.data} />}
      </Paper>
      <Title order={2} size="h3">
        Add a user
      </Title>
      <Paper withBorder p="md">
        <AddUserForm />
      </Paper>
    </Stack>
  );
}

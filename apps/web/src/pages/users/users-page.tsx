import type { User } from '@openiort/contract';
import { Alert, Box, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/api-error.ts';
import { useSetBreakGlass, useSetUserActive, useUnlockUser, useUsers } from '../../api/users.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AddUserForm } from './add-user-form.tsx';
import { SignInPolicy } from './sign-in-policy.tsx';
import type { UserAction } from './user-actions.tsx';
import { UserActionDialog, type DialogAction } from './user-action-dialog.tsx';
import { UserCards } from './user-cards.tsx';
import { UserTable } from './user-table.tsx';

type Notice = { color: 'green' | 'red'; text: string } | null;

/** Staff accounts: who can sign in, with which role, their status; and adding a new one. */
export function UsersPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('users.title'));
  const users = useUsers();
  const setActive = useSetUserActive();
  const unlock = useUnlockUser();
  const breakGlass = useSetBreakGlass();
  const [dialog, setDialog] = useState<{ action: DialogAction; user: User } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  // These are undone as easily as they are done: no confirmation.
  const direct = async (
    action: 'reactivate' | 'unlock' | 'break-glass-on' | 'break-glass-off',
    user: User,
  ) => {
    try {
      if (action === 'reactivate') await setActive.mutateAsync({ id: user.id, active: true });
      else if (action === 'unlock') await unlock.mutateAsync(user.id);
      else await breakGlass.mutateAsync({ id: user.id, breakGlass: action === 'break-glass-on' });
      const done = {
        reactivate: 'users.done.reactivated',
        unlock: 'users.done.unlocked',
        'break-glass-on': 'users.done.breakGlassOn',
        'break-glass-off': 'users.done.breakGlassOff',
      } as const;
      setNotice({ color: 'green', text: t(done[action], { name: user.displayName }) });
    } catch (error) {
      setNotice({ color: 'red', text: errorMessage(error, t('common.errorFallback')) });
    }
  };
  const onAction = (action: UserAction, user: User) => {
    setNotice(null);
    if (action === 'role' || action === 'deactivate' || action === 'reset')
      setDialog({ action, user });
    else void direct(action, user);
  };

  return (
    <Stack>
      <Title order={1}>{t('users.title')}</Title>
      {notice !== null && (
        <Alert color={notice.color} role={notice.color === 'red' ? 'alert' : 'status'}>
          {notice.text}
        </Alert>
      )}
      <Paper withBorder p="md">
        {users.isPending && <LoadingState label={t('users.loading')} />}
        {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
        {users.data !== undefined && (
          <>
            <Box visibleFrom="sm">
              <UserTable users={users.data} onAction={onAction} />
            </Box>
            <Box hiddenFrom="sm">
              <UserCards users={users.data} onAction={onAction} />
            </Box>
          </>
        )}
      </Paper>
      {dialog !== null && (
        <UserActionDialog
          action={dialog.action}
          user={dialog.user}
          onClose={() => {
            setDialog(null);
          }}
          onDone={(text) => {
            setDialog(null);
            setNotice({ color: 'green', text });
          }}
        />
      )}
      <Title order={2} size="h3">
        {t('users.passwordSignIn')}
      </Title>
      <Paper withBorder p="md">
        <SignInPolicy />
      </Paper>
      <Title order={2} size="h3">
        {t('users.add')}
      </Title>
      <Paper withBorder p="md">
        <AddUserForm />
      </Paper>
    </Stack>
  );
}

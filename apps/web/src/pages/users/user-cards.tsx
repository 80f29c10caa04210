import { ROLE_LABELS, type User } from '@openiort/contract';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';
import { AccountStatus } from './account-status.tsx';
import { UserActions, type UserAction } from './user-actions.tsx';

/** The user list on a phone: one card per account, so status and actions need no sideways scroll. */
export function UserCards({
  users,
  onAction,
}: {
  users: User[];
  onAction: (action: UserAction, user: User) => void;
}) {
  const { t } = useTranslation('clinician');
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('users.accounts')}
    >
      {users.map((user) => (
        <Paper component="li" withBorder p="sm" key={user.id}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>{user.displayName}</Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {user.email}
                </Text>
              </div>
              <UserActions user={user} onAction={onAction} />
            </Group>
            <Text size="sm">{ROLE_LABELS[user.role]}</Text>
            <AccountStatus user={user} />
            <Text size="sm" c="gray.7">
              {t('users.lastSignInColon')}{' '}
              {user.lastSignInAt === null ? (
                t('users.neverLower')
              ) : (
                <LocalTime iso={user.lastSignInAt} />
              )}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

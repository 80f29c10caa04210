import { ROLE_LABELS, type User } from '@openiort/contract';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';
import { AccountStatus } from './account-status.tsx';
import { UserActions, type UserAction } from './user-actions.tsx';

export function UserTable({
  users,
  onAction,
}: {
  users: User[];
  onAction: (action: UserAction, user: User) => void;
}) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.role')}</Table.Th>
            <Table.Th scope="col">{t('users.status.title')}</Table.Th>
            <Table.Th scope="col">{t('users.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('users.actions.title')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
              <Table.Td>
                <AccountStatus user={user} />
              </Table.Td>
              <Table.Td>
                {user.lastSignInAt === null ? (
                  <Text size="sm" c="gray.7">
                    {t('users.never')}
                  </Text>
                ) : (
                  <LocalTime iso={user.lastSignInAt} />
                )}
              </Table.Td>
              <Table.Td>
                <UserActions user={user} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { ROLE_LABELS, type User } from '@openiort/contract';
import { Table, Text } from '@mantine/core';
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
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
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
                    Never
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

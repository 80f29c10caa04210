import type { User } from '@openiort/contract';
import { Badge, Group } from '@mantine/core';
import { LocalTime } from '../../components/local-time.tsx';

/**
 * Active or deactivated, whether sign-in is locked or a new password is awaited, whether the
 * account signs in at the hospital's identity provider, and whether it is break-glass.
 */
export function AccountStatus({ user }: { user: User }) {
  return (
    <Group gap={4}>
      <Badge color={user.active ? 'green' : 'gray'} variant="light">
        {user.active ? 'Active' : 'Deactivated'}
      </Badge>
      {user.lockedUntil !== null && (
        <Badge color="red" variant="light">
          Locked until <LocalTime iso={user.lockedUntil} />
        </Badge>
      )}
      {user.authSource === 'oidc' && (
        <Badge color="blue" variant="light">
          Hospital sign-in
        </Badge>
      )}
      {user.breakGlass && (
        <Badge color="grape" variant="light">
          Break-glass
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="yellow" variant="light">
          Must change password
        </Badge>
      )}
    </Group>
  );
}

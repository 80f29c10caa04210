import type { User } from '@openiort/contract';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';

/**
 * Active or deactivated, whether sign-in is locked or a new password is awaited, whether the
 * account signs in at the hospital's identity provider, and whether it is break-glass.
 */
export function AccountStatus({ user }: { user: User }) {
  const { t } = useTranslation('clinician');
  return (
    <Group gap={4}>
      <Badge color={user.active ? 'green' : 'gray'} variant="light">
        {user.active ? t('users.status.active') : t('users.status.deactivated')}
      </Badge>
      {user.lockedUntil !== null && (
        <Badge color="red" variant="light">
          {t('users.status.lockedUntil')} <LocalTime iso={user.lockedUntil} />
        </Badge>
      )}
      {user.authSource === 'oidc' && (
        <Badge color="blue" variant="light">
          {t('users.status.hospitalSignIn')}
        </Badge>
      )}
      {user.breakGlass && (
        <Badge color="grape" variant="light">
          {t('users.status.breakGlass')}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="yellow" variant="light">
          {t('users.status.mustChangePassword')}
        </Badge>
      )}
    </Group>
  );
}

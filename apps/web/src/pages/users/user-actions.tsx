import type { User } from '@openiort/contract';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UserAction =
  'role' | 'deactivate' | 'reactivate' | 'reset' | 'unlock' | 'break-glass-on' | 'break-glass-off';

/** The administrator's actions on one account, in a menu named after it. */
export function UserActions({
  user,
  onAction,
}: {
  user: User;
  onAction: (action: UserAction, user: User) => void;
}) {
  const { t } = useTranslation('clinician');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          aria-label={t('users.actions.for', { email: user.email })}
        >
          {t('users.actions.title')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {/* A hospital sign-in account's role comes from its groups; it has no password. */}
        {user.authSource === 'local' && (
          <>
            <Menu.Item
              onClick={() => {
                onAction('role', user);
              }}
            >
              {t('users.actions.role')}
            </Menu.Item>
            <Menu.Item
              onClick={() => {
                onAction('reset', user);
              }}
            >
              {t('users.actions.reset')}
            </Menu.Item>
          </>
        )}
        {user.authSource === 'local' && user.role === 'admin' && (
          <Menu.Item
            onClick={() => {
              onAction(user.breakGlass ? 'break-glass-off' : 'break-glass-on', user);
            }}
          >
            {user.breakGlass ? t('users.actions.breakGlassOff') : t('users.actions.breakGlassOn')}
          </Menu.Item>
        )}
        {user.lockedUntil !== null && (
          <Menu.Item
            onClick={() => {
              onAction('unlock', user);
            }}
          >
            {t('users.actions.unlock')}
          </Menu.Item>
        )}
        {user.active ? (
          <Menu.Item
            color="red.8"
            onClick={() => {
              onAction('deactivate', user);
            }}
          >
            {t('users.actions.deactivate')}
          </Menu.Item>
        ) : (
          <Menu.Item
            onClick={() => {
              onAction('reactivate', user);
            }}
          >
            {t('users.actions.reactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

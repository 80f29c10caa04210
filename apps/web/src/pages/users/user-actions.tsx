import type { User } from '@openiort/contract';
import { Button, Menu } from '@mantine/core';

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
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={`Actions for ${user.email}`}>
          Actions
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
              Change role…
            </Menu.Item>
            <Menu.Item
              onClick={() => {
                onAction('reset', user);
              }}
            >
              Reset password…
            </Menu.Item>
          </>
        )}
        {user.authSource === 'local' && user.role === 'admin' && (
          <Menu.Item
            onClick={() => {
              onAction(user.breakGlass ? 'break-glass-off' : 'break-glass-on', user);
            }}
          >
            {user.breakGlass ? 'Remove break-glass' : 'Make break-glass'}
          </Menu.Item>
        )}
        {user.lockedUntil !== null && (
          <Menu.Item
            onClick={() => {
              onAction('unlock', user);
            }}
          >
            Unlock sign-in
          </Menu.Item>
        )}
        {user.active ? (
          <Menu.Item
            color="red.8"
            onClick={() => {
              onAction('deactivate', user);
            }}
          >
            Deactivate…
          </Menu.Item>
        ) : (
          <Menu.Item
            onClick={() => {
              onAction('reactivate', user);
            }}
          >
            Reactivate
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

import { ROLES, ROLE_LABELS, type Role, type User } from '@openiort/contract';
import { Alert, Button, Code, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { useChangeUserRole, useResetUserPassword, useSetUserActive } from '../../api/users.ts';

export type DialogAction = 'role' | 'deactivate' | 'reset';

interface Props {
  action: DialogAction;
  user: User;
  onClose: () => void;
  /** What happened, for the page to announce. */
  onDone: (message: string) => void;
}

const TITLES: Record<DialogAction, string> = {
  role: 'Change role',
  deactivate: 'Deactivate account',
  reset: 'Reset password',
};

/** Confirms an action on one account and, for a reset, shows the temporary password once. */
export function UserActionDialog({ action, user, onClose, onDone }: Props) {
  const setActive = useSetUserActive();
  const changeRole = useChangeUserRole();
  const reset = useResetUserPassword();
  const [role, setRole] = useState<Role>(user.role);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = setActive.isPending || changeRole.isPending || reset.isPending;

  const confirm = async () => {
    setFailure(null);
    try {
      if (action === 'role') {
        await changeRole.mutateAsync({ id: user.id, role });
        onDone(`${user.displayName} is now ${ROLE_LABELS[role]}.`);
      } else if (action === 'deactivate') {
        await setActive.mutateAsync({ id: user.id, active: false });
        onDone(`${user.displayName} is deactivated and signed out.`);
      } else {
        setTemporary((await reset.mutateAsync(user.id)).temporaryPassword);
      }
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${TITLES[action]}: ${user.email}`} size="lg">
      <Stack>
        {failure !== null && (
          <Alert color="red" role="alert" title="Not done">
            {failure}
          </Alert>
        )}
        {action === 'role' && (
          <NativeSelect
            label="New role"
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={role}
            onChange={(e) => {
              setRole(e.currentTarget.value as Role);
            }}
          />
        )}
        {action === 'deactivate' && (
          <Text>
            {user.displayName} will be signed out at once and can no longer sign in or sign plans.
            You can reactivate the account later.
          </Text>
        )}
        {action === 'reset' && temporary === null && (
          <Text>
            {user.displayName} will be signed out and given a temporary password, which you pass on
            privately. At the next sign-in they must choose their own.
          </Text>
        )}
        {temporary !== null && (
          <Alert color="green" role="status" title="Password reset">
            <Stack gap="xs">
              <Text size="sm">
                Give this to {user.displayName} privately. It is shown only now.
              </Text>
              <Code fz="lg" aria-label="Temporary password">
                {temporary}
              </Code>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          {temporary === null ? (
            <>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                color={action === 'deactivate' ? 'red.8' : undefined}
                loading={pending}
                onClick={() => void confirm()}
              >
                {action === 'role' ? 'Save role' : TITLES[action]}
              </Button>
            </>
          ) : (
            <Button
              onClick={() => {
                onDone(`${user.displayName}’s password was reset.`);
              }}
            >
              Done
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

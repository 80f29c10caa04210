import { ROLES, ROLE_LABELS, type Role, type User } from '@openiort/contract';
import { Alert, Button, Code, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

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

const TITLES = {
  role: 'users.dialog.role',
  deactivate: 'users.dialog.deactivate',
  reset: 'users.dialog.reset',
} as const satisfies Record<DialogAction, string>;

/** Confirms an action on one account and, for a reset, shows the temporary password once. */
export function UserActionDialog({ action, user, onClose, onDone }: Props) {
  const { t } = useTranslation('clinician');
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
        onDone(t('users.dialog.roleDone', { name: user.displayName, role: ROLE_LABELS[role] }));
      } else if (action === 'deactivate') {
        await setActive.mutateAsync({ id: user.id, active: false });
        onDone(t('users.dialog.deactivateDone', { name: user.displayName }));
      } else {
        setTemporary((await reset.mutateAsync(user.id)).temporaryPassword);
      }
    } catch (error) {
      setFailure(errorMessage(error, t('common.errorFallback')));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${t(TITLES[action])}: ${user.email}`} size="lg">
      <Stack>
        {failure !== null && (
          <Alert color="red" role="alert" title={t('users.dialog.notDone')}>
            {failure}
          </Alert>
        )}
        {action === 'role' && (
          <NativeSelect
            label={t('users.dialog.newRole')}
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={role}
            onChange={(e) => {
              setRole(e.currentTarget.value as Role);
            }}
          />
        )}
        {action === 'deactivate' && (
          <Text>{t('users.dialog.deactivateBody', { name: user.displayName })}</Text>
        )}
        {action === 'reset' && temporary === null && (
          <Text>{t('users.dialog.resetBody', { name: user.displayName })}</Text>
        )}
        {temporary !== null && (
          <Alert color="green" role="status" title={t('users.dialog.resetDoneTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('users.dialog.giveTemporary', { name: user.displayName })}</Text>
              <Code fz="lg" aria-label={t('users.dialog.temporaryPassword')}>
                {temporary}
              </Code>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          {temporary === null ? (
            <>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                color={action === 'deactivate' ? 'red.8' : undefined}
                loading={pending}
                onClick={() => void confirm()}
              >
                {action === 'role' ? t('users.dialog.saveRole') : t(TITLES[action])}
              </Button>
            </>
          ) : (
            <Button
              onClick={() => {
                onDone(t('users.dialog.resetDone', { name: user.displayName }));
              }}
            >
              {t('common.done')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

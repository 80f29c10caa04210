import { Alert, Radio, Stack, Text } from '@mantine/core';
import { LOCAL_SIGN_IN_SETTINGS, type LocalSignInSetting } from '@openiort/contract';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { useSignInOptions } from '../../api/session.ts';
import { useSetLocalSignIn } from '../../api/users.ts';

/**
 * The administrator's switch: passwords for every local account, or (once hospital sign-in
 * works) for break-glass administrators only, the way in when the identity provider fails.
 */
export function SignInPolicy() {
  const options = useSignInOptions();
  const change = useSetLocalSignIn();
  // The choice shows at once and stays until the server has answered and the options are
  // re-read: a controlled radio fed only by the mutation's state would flick back for a moment
  // (its state arrives after a macrotask), and a second click could send the old value again.
  const [chosen, setChosen] = useState<LocalSignInSetting | null>(null);
  const current = options.data?.localSignIn;
  const sso = options.data?.singleSignOn ?? null;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {sso === null
          ? 'Hospital sign-in (single sign-on) is not set up on this server, so everyone signs in with an OpenIORT password.'
          : `Staff sign in with ${sso.name}. Local accounts with an OpenIORT password can be kept for everyone, or for break-glass administrators only.`}
      </Text>
      {current !== undefined && (
        <Radio.Group
          label="Who may sign in with an OpenIORT password"
          value={chosen ?? current}
          onChange={(value) => {
            const setting = LOCAL_SIGN_IN_SETTINGS.find((known) => known === value);
            if (setting === undefined) return;
            setChosen(setting);
            change.mutate(setting, {
              onSettled: () => {
                setChosen(null);
              },
            });
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="all" label="Every local account" />
            <Radio
              value="break-glass-only"
              label="Break-glass administrators only"
              description="Other local accounts are signed out at once and refused at sign-in."
            />
          </Stack>
        </Radio.Group>
      )}
      {change.isError && (
        <Alert color="red" role="alert" title="Not changed">
          {errorMessage(change.error)}
        </Alert>
      )}
      {change.isSuccess && (
        <Alert color="green" role="status">
          {change.data.localSignIn === 'all'
            ? 'Every local account may sign in with its password.'
            : 'Only break-glass administrators may sign in with a password.'}
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, Radio, Stack, Text } from '@mantine/core';
import { LOCAL_SIGN_IN_SETTINGS, type LocalSignInSetting } from '@openiort/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('clinician');
  // The choice shows at once and stays until the server has answered and the options are
  // re-read: a controlled radio fed only by the mutation's state would flick back for a moment
  // (its state arrives after a macrotask), and a second click could send the old value again.
  const [chosen, setChosen] = useState<LocalSignInSetting | null>(null);
  const current = options.data?.localSignIn;
  const sso = options.data?.singleSignOn ?? null;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {sso === null ? t('users.policy.noSso') : t('users.policy.withSso', { name: sso.name })}
      </Text>
      {current !== undefined && (
        <Radio.Group
          label={t('users.policy.label')}
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
            <Radio value="all" label={t('users.policy.all')} />
            <Radio
              value="break-glass-only"
              label={t('users.policy.breakGlassOnly')}
              description={t('users.policy.breakGlassOnlyHint')}
            />
          </Stack>
        </Radio.Group>
      )}
      {change.isError && (
        <Alert color="red" role="alert" title={t('users.policy.notChanged')}>
          {errorMessage(change.error, t('common.errorFallback'))}
        </Alert>
      )}
      {change.isSuccess && (
        <Alert color="green" role="status">
          {change.data.localSignIn === 'all'
            ? t('users.policy.allDone')
            : t('users.policy.breakGlassOnlyDone')}
        </Alert>
      )}
    </Stack>
  );
}

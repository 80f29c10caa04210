import { PASSWORD_MIN_LENGTH, passwordChangeSchema } from '@openiort/contract';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { sortFieldErrors, validateForm } from '../../api/field-errors.ts';
import { useChangePassword } from '../../api/session.ts';
import { useSession } from '../../auth/session-context.ts';
import { useFormState } from '../../components/use-form-state.ts';
import { usePageTitle } from '../../components/use-page-title.ts';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', repeatPassword: '' };

/**
 * Everyone's own password change. After an administrator's reset the session can reach nothing
 * else, so this page then says why and leads on to the app once the new password is set.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('password.title'));
  const { mustChangePassword } = useSession();
  const [required] = useState(mustChangePassword);
  const change = useChangePassword();
  const navigate = useNavigate();
  const { values, setValues, setErrors, bind } = useFormState<Field>(EMPTY);
  const [done, setDone] = useState(false);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    const { repeatPassword, ...input } = values;
    const checked = validateForm(passwordChangeSchema, input, FIELDS);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    if (repeatPassword !== input.newPassword) {
      setErrors({ fields: { repeatPassword: t('password.differ') }, other: [] });
      return;
    }
    setErrors({ fields: {}, other: [] });
    change.mutate(checked.data, {
      onSuccess: () => {
        setValues(EMPTY);
        if (required) void navigate('/app', { replace: true });
        else setDone(true);
      },
      onError: (error) => {
        if (isApiError(error)) setErrors(sortFieldErrors(error.fieldErrors, FIELDS));
      },
    });
  };

  return (
    <Stack maw={520}>
      <Title order={1}>{t('password.title')}</Title>
      {required && (
        <Alert color="yellow" role="status" title={t('password.chooseOwn')}>
          {t('password.setByAdmin')}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" title={t('password.changed')}>
          {t('password.changedBody')}
        </Alert>
      )}
      {change.isError && !isApiError(change.error) && (
        <Alert color="red" role="alert" title={t('password.notChanged')}>
          {change.error.message}
        </Alert>
      )}
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label={t('password.title')}>
          <Stack>
            <PasswordInput
              label={required ? t('password.given') : t('password.current')}
              autoComplete="current-password"
              required
              {...bind('currentPassword')}
            />
            <PasswordInput
              label={t('password.new')}
              description={t('password.newHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...bind('newPassword')}
            />
            <PasswordInput
              label={t('password.repeat')}
              autoComplete="new-password"
              required
              {...bind('repeatPassword')}
            />
            <Text size="sm" c="gray.7">
              {t('password.signsOutOthers')}
            </Text>
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('password.title')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

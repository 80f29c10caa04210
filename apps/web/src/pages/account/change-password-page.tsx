import { PASSWORD_MIN_LENGTH, passwordChangeSchema } from '@openiort/contract';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
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
  usePageTitle('Change password');
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
      setErrors({ fields: { repeatPassword: 'The two new passwords differ' }, other: [] });
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
      <Title order={1}>Change password</Title>
      {required && (
        <Alert color="yellow" role="status" title="Choose your own password">
          Your password was set by an administrator. Enter the password you were given, then choose
          a new one that only you know. Nothing else opens until you do.
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" title="Password changed">
          Your password is changed. Your other sessions, on other computers, have been signed out.
        </Alert>
      )}
      {change.isError && !isApiError(change.error) && (
        <Alert color="red" role="alert" title="The password was not changed">
          {change.error.message}
        </Alert>
      )}
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label="Change password">
          <Stack>
            <PasswordInput
              label={required ? 'Password you were given' : 'Current password'}
              autoComplete="current-password"
              required
              {...bind('currentPassword')}
            />
            <PasswordInput
              label="New password"
              description={`At least ${String(PASSWORD_MIN_LENGTH)} characters. A few unrelated words are easy to remember and hard to guess.`}
              autoComplete="new-password"
              required
              {...bind('newPassword')}
            />
            <PasswordInput
              label="Repeat the new password"
              autoComplete="new-password"
              required
              {...bind('repeatPassword')}
            />
            <Text size="sm" c="gray.7">
              Changing your password signs out your other sessions.
            </Text>
            <Group>
              <Button type="submit" loading={change.isPending}>
                Change password
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

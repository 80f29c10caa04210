import { PASSWORD_MIN_LENGTH, setupSchema } from '@openiort/contract';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { sortFieldErrors, validateForm } from '../api/field-errors.ts';
import { useSetup } from '../api/session.ts';
import { useFormState } from '../components/use-form-state.ts';

const FIELDS = ['email', 'displayName', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SetupForm() {
  const navigate = useNavigate();
  const setup = useSetup();
  const { t } = useTranslation('clinician');
  const { values, setErrors, bind } = useFormState<Field>({
    email: '',
    displayName: '',
    password: '',
  });

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = validateForm(setupSchema, values, FIELDS);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({ fields: {}, other: [] });
    setup.mutate(checked.data, {
      onSuccess: () => void navigate('/app/patients', { replace: true }),
      onError: (error) => {
        if (isApiError(error)) setErrors(sortFieldErrors(error.fieldErrors, FIELDS));
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {setup.isError && (
          <Alert color="red" role="alert" title={t('setup.notCreated')}>
            {isApiError(setup.error) && setup.error.code === 'setup-already-done'
              ? t('setup.someoneElse')
              : setup.error.message}
          </Alert>
        )}
        <TextInput
          label={t('setup.email')}
          type="email"
          autoComplete="email"
          required
          {...bind('email')}
        />
        <TextInput
          label={t('setup.yourName')}
          autoComplete="name"
          required
          {...bind('displayName')}
        />
        <PasswordInput
          label={t('setup.password')}
          description={t('setup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...bind('password')}
        />
        <Button type="submit" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

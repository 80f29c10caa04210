import { SSO_ERROR_MESSAGES, loginSchema } from '@openiort/contract';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Divider,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { sortFieldErrors, validateForm } from '../api/field-errors.ts';
import { ssoSignInUrl, useLogin, useSetupStatus, useSignInOptions } from '../api/session.ts';
import { safeNext, signinNotice } from '../auth/signin-redirect.ts';
import { useFormState } from '../components/use-form-state.ts';
import { usePageTitle } from '../components/use-page-title.ts';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

function failureMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('signIn.failed');
  if (error.code === 'invalid-credentials') return t('signIn.invalidCredentials');
  if (error.code === 'rate-limited') return t('signIn.rateLimited');
  if (error.code === 'account-locked') return error.detail;
  return error.detail;
}

/** Why the identity provider's sign-in opened no session (`?sso-error=…`), in words. */
function ssoFailure(t: TFunction, params: URLSearchParams): string | null {
  const code = params.get('sso-error');
  if (code === null) return null;
  return SSO_ERROR_MESSAGES[code] ?? t('signIn.ssoFailed');
}

export function SigninPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('signIn.pageTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const setup = useSetupStatus();
  const options = useSignInOptions();
  const sso = options.data?.singleSignOn ?? null;
  const passwordsOff = options.data?.localSignIn === 'break-glass-only';
  const ssoError = ssoFailure(t, params);
  const { values, setErrors, bind } = useFormState<Field>({ email: '', password: '' });
  const notice = signinNotice(t, params);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = validateForm(loginSchema, values, FIELDS);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({ fields: {}, other: [] });
    login.mutate(checked.data, {
      onSuccess: (me) =>
        void navigate(me.mustChangePassword ? '/app/password' : safeNext(params.get('next')), {
          replace: true,
        }),
      onError: (error) => {
        if (isApiError(error)) setErrors(sortFieldErrors(error.fieldErrors, FIELDS));
      },
    });
  };

  return (
    <Container size={440} py={48}>
      <Title order={1} mb="lg">
        {t('signIn.title')}
      </Title>
      {ssoError !== null && (
        <Alert color="red" role="alert" title={t('signIn.notSignedIn')} mb="md">
          {ssoError}
        </Alert>
      )}
      {sso !== null && (
        <Stack mb="lg">
          <Button
            component="a"
            href={ssoSignInUrl(safeNext(params.get('next')))}
            size="md"
            h="auto"
            py="xs"
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            {t('signIn.withSso', { name: sso.name })}
          </Button>
          <Divider
            label={passwordsOff ? t('signIn.breakGlassOnly') : t('signIn.orWithPassword')}
            labelPosition="center"
          />
        </Stack>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t('signIn.passwordForm')}>
        <Stack>
          {notice !== null && !login.isError && (
            <Alert color="blue" role="status">
              {notice}
            </Alert>
          )}
          {login.isError && (
            <Alert color="red" role="alert" title={t('signIn.notSignedIn')}>
              {failureMessage(t, login.error)}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            {...bind('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...bind('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('signIn.submit')}
          </Button>
          {setup.data?.needsSetup === true && (
            <Alert color="yellow" title={t('signIn.notSetUp')}>
              {t('signIn.noAdministrator')}{' '}
              <Anchor component={Link} to="/setup">
                {t('signIn.createFirstAdministrator')}
              </Anchor>
              .
            </Alert>
          )}
        </Stack>
      </form>
    </Container>
  );
}

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
import type { SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { sortFieldErrors, validateForm } from '../api/field-errors.ts';
import { ssoSignInUrl, useLogin, useSetupStatus, useSignInOptions } from '../api/session.ts';
import { safeNext, signinNotice } from '../auth/signin-redirect.ts';
import { useFormState } from '../components/use-form-state.ts';
import { usePageTitle } from '../components/use-page-title.ts';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

function failureMessage(error: unknown): string {
  if (!isApiError(error)) return 'Sign-in failed. Please try again.';
  if (error.code === 'invalid-credentials') {
    return 'The email or password is not right. Check both and try again.';
  }
  if (error.code === 'rate-limited') {
    return 'Too many failed sign-ins from this computer. Wait a few minutes, then try again.';
  }
  if (error.code === 'account-locked') return error.detail;
  return error.detail;
}

/** Why the identity provider's sign-in opened no session (`?sso-error=…`), in words. */
function ssoFailure(params: URLSearchParams): string | null {
  const code = params.get('sso-error');
  if (code === null) return null;
  return SSO_ERROR_MESSAGES[code] ?? 'Hospital sign-in did not work. Please try again.';
}

export function SigninPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const setup = useSetupStatus();
  const options = useSignInOptions();
  const sso = options.data?.singleSignOn ?? null;
  const passwordsOff = options.data?.localSignIn === 'break-glass-only';
  const ssoError = ssoFailure(params);
  const { values, setErrors, bind } = useFormState<Field>({ email: '', password: '' });
  const notice = signinNotice(params);

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
        Staff sign in
      </Title>
      {ssoError !== null && (
        <Alert color="red" role="alert" title="Not signed in" mb="md">
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
            Sign in with {sso.name}
          </Button>
          <Divider
            label={
              passwordsOff ? 'Break-glass administrators only' : 'or with an OpenIORT password'
            }
            labelPosition="center"
          />
        </Stack>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Sign in with a password">
        <Stack>
          {notice !== null && !login.isError && (
            <Alert color="blue" role="status">
              {notice}
            </Alert>
          )}
          {login.isError && (
            <Alert color="red" role="alert" title="Not signed in">
              {failureMessage(login.error)}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...bind('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...bind('password')}
          />
          <Button type="submit" loading={login.isPending}>
            Sign in
          </Button>
          {setup.data?.needsSetup === true && (
            <Alert color="yellow" title="OpenIORT is not set up yet">
              No administrator account exists.{' '}
              <Anchor component={Link} to="/setup">
                Create the first administrator
              </Anchor>
              .
            </Alert>
          )}
        </Stack>
      </form>
    </Container>
  );
}

import { SSO_ERROR_MESSAGES, type ReauthenticationTarget } from '@openiort/contract';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useLocation, useSearchParams } from 'react-router';
import { useSignInOptions } from '../api/session.ts';

/** The address parameters a re-authentication leaves on the page it returns to. */
export const REAUTH_PARAMS = ['sign', 'reauthenticated', 'reauthentication-failed'] as const;

interface IdentityProviderConfirmProps {
  target: ReauthenticationTarget;
  /** The plan or proposal to sign. */
  targetId: string;
  submitLabel: string;
  error: string | null;
  busy: boolean;
  onCancel: () => void;
}

/**
 * The end of a signature dialog for a single sign-on account: instead of a password, the person
 * signs in again at the identity provider (a full-page round trip back to this page, which
 * reopens the dialog), then signs within the time the server allows.
 */
export function IdentityProviderConfirm(props: IdentityProviderConfirmProps) {
  const [params] = useSearchParams();
  const location = useLocation();
  const sso = useSignInOptions().data?.singleSignOn ?? null;
  const name = sso?.name ?? 'the hospital sign-in';
  const here = params.get('sign') === props.targetId;
  const ready = here && params.get('reauthenticated') === props.target;
  const failedCode = here ? params.get('reauthentication-failed') : null;

  const back = new URLSearchParams(params);
  for (const key of REAUTH_PARAMS) back.delete(key);
  back.set('sign', props.targetId);
  const returnTo = `${location.pathname}?${back.toString()}`;
  const reauthUrl = `/api/auth/oidc/reauthenticate?${new URLSearchParams({
    target: props.target,
    id: props.targetId,
    returnTo,
  }).toString()}`;
  const minutes = Math.max(1, Math.floor((sso?.reauthenticationSeconds ?? 300) / 60));

  return (
    <>
      {failedCode !== null && (
        <Alert color="red" role="alert" title="Not re-authenticated">
          {SSO_ERROR_MESSAGES[failedCode] ??
            'The re-authentication did not work. Please try again.'}
        </Alert>
      )}
      {props.error !== null && (
        <Alert color="red" role="alert" title="Not signed">
          {props.error}
        </Alert>
      )}
      {ready ? (
        <Alert color="green" role="status" title={`Signed in again with ${name}`}>
          Sign now: the re-authentication counts for one signature within {minutes} minutes.
        </Alert>
      ) : (
        <Text size="sm">
          Your account signs in with {name}. To sign, sign in there again: you come back to this
          page and then have {minutes} minutes to sign.
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          Cancel
        </Button>
        {ready ? (
          <Button type="submit" loading={props.busy}>
            {props.submitLabel}
          </Button>
        ) : (
          <Button component="a" href={reauthUrl}>
            Re-authenticate with {name}
          </Button>
        )}
      </Group>
    </>
  );
}

import { SSO_ERROR_MESSAGES, type ReauthenticationTarget } from '@openiort/contract';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
  const name = sso?.name ?? t('reauth.theHospitalSignIn');
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
        <Alert color="red" role="alert" title={t('reauth.notReauthenticated')}>
          {SSO_ERROR_MESSAGES[failedCode] ?? t('reauth.failed')}
        </Alert>
      )}
      {props.error !== null && (
        <Alert color="red" role="alert" title={t('reauth.notSigned')}>
          {props.error}
        </Alert>
      )}
      {ready ? (
        <Alert color="green" role="status" title={t('reauth.signedInAgain', { name })}>
          {t('reauth.signNow', { count: minutes })}
        </Alert>
      ) : (
        <Text size="sm">{t('reauth.explain', { name, count: minutes })}</Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        {ready ? (
          <Button type="submit" loading={props.busy}>
            {props.submitLabel}
          </Button>
        ) : (
          <Button component="a" href={reauthUrl}>
            {t('reauth.button', { name })}
          </Button>
        )}
      </Group>
    </>
  );
}

import type { ReauthenticationTarget } from '@openiort/contract';
import { Alert, Blockquote, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { useSession } from '../auth/session-context.ts';
import { DIALOG_PROPS } from './dialog-props.ts';
import { IdentityProviderConfirm, REAUTH_PARAMS } from './identity-provider-confirm.tsx';
import { PasswordConfirm } from './password-confirm.tsx';

export interface SignatureDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The form's accessible name (the title when absent). */
  formLabel?: string;
  /** What is signed, above the statement. */
  intro: ReactNode;
  /** The statement the signer confirms, shown in full and sent as it is. */
  meaning: string;
  meaningColor?: string;
  meaningTestId?: string;
  /** Shown under the statement (a demonstration notice, say). */
  notice?: ReactNode;
  /** What a re-authentication at the identity provider is for. */
  target: ReauthenticationTarget;
  targetId: string;
  /** "signing", "co-signing": what the password confirms. */
  purpose: string;
  submitLabel: string;
  notSignedTitle: string;
  enterPasswordText: string;
  failedText: string;
  busy: boolean;
  /** Sends the signature (the password for a local account, none for single sign-on). */
  sign: (password: string | undefined) => Promise<void>;
  /**
   * An error the page handles itself after the dialog closes (a version conflict, say); return
   * true when it did. Other errors are shown in the dialog.
   */
  handleError?: (error: unknown) => boolean;
}

/**
 * Every electronic signature in the app: the statement in full, then the password entered again
 * or, for a single sign-on account, a fresh sign-in at the identity provider (a round trip back to
 * this page, whose marks in the address are spent when the dialog closes).
 */
export function SignatureDialog(props: SignatureDialogProps) {
  const sso = useSession().user.authSource === 'oidc';
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [, setParams] = useSearchParams();

  const close = () => {
    setPassword('');
    setPasswordError(null);
    setFailure(null);
    setParams(
      (current) => {
        for (const key of REAUTH_PARAMS) current.delete(key);
        return current;
      },
      { replace: true },
    );
    props.onClose();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPasswordError(null);
    setFailure(null);
    if (!sso && password === '') {
      setPasswordError(props.enterPasswordText);
      return;
    }
    try {
      await props.sign(sso ? undefined : password);
      close();
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid-credentials') setPasswordError(error.detail);
      else if (isApiError(error) && error.status === 401)
        close(); // The session ended; the app sends the user to sign in.
      else if (props.handleError?.(error) === true) close();
      else setFailure(isApiError(error) ? error.detail : props.failedText);
    }
  };

  return (
    <Modal {...DIALOG_PROPS} opened={props.opened} onClose={close} title={props.title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={props.formLabel ?? props.title}>
        <Stack gap="md">
          {props.intro}
          <Blockquote color={props.meaningColor ?? 'blue'} p="md" data-testid={props.meaningTestId}>
            {props.meaning}
          </Blockquote>
          {props.notice}
          {sso ? (
            <IdentityProviderConfirm
              target={props.target}
              targetId={props.targetId}
              submitLabel={props.submitLabel}
              error={failure}
              busy={props.busy}
              onCancel={close}
            />
          ) : (
            <>
              {failure !== null && (
                <Alert color="red" role="alert" title={props.notSignedTitle}>
                  {failure}
                </Alert>
              )}
              <PasswordConfirm
                purpose={props.purpose}
                submitLabel={props.submitLabel}
                password={password}
                error={passwordError}
                busy={props.busy}
                onPasswordChange={setPassword}
                onCancel={close}
              />
            </>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

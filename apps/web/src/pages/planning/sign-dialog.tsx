import {
  SIGNATURE_KINDS,
  signatureMeaning,
  type SigningRole,
  type StoredPlan,
} from '@openiort/contract';
import { Alert, Blockquote, Modal, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { useSignPlan } from '../../api/plans.ts';
import { formatMmSs } from './plan-format.ts';
import { DIALOG_PROPS } from '../../components/dialog-props.ts';
import { PasswordConfirm } from '../../components/password-confirm.tsx';
import {
  IdentityProviderConfirm,
  REAUTH_PARAMS,
} from '../../components/identity-provider-confirm.tsx';
import { useSession } from '../../auth/session-context.ts';

interface SignDialogProps {
  plan: StoredPlan;
  role: SigningRole;
  opened: boolean;
  onClose: () => void;
  /** The plan changed since it was shown: the page reloads it and says so. */
  onConflict: (message: string) => void;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An electronic signature: the statement the signer confirms, in full, and the password entered
 * again. The server records name, role, time and the statement with this plan version.
 */
export function SignDialog({ plan, role, opened, onClose, onConflict }: SignDialogProps) {
  const sign = useSignPlan(plan.patientId);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const meaning = signatureMeaning(role, plan.demonstration);
  const kind = capitalised(SIGNATURE_KINDS[role]);
  const sso = useSession().user.authSource === 'oidc';
  const [, setParams] = useSearchParams();

  const close = () => {
    setPassword('');
    setPasswordError(null);
    setFailure(null);
    // A re-authentication's marks in the address are spent with the dialog.
    setParams(
      (current) => {
        for (const key of REAUTH_PARAMS) current.delete(key);
        return current;
      },
      { replace: true },
    );
    onClose();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPasswordError(null);
    setFailure(null);
    if (!sso && password === '') {
      setPasswordError('Enter your password to sign.');
      return;
    }
    try {
      await sign.mutateAsync({
        planId: plan.id,
        ...(sso ? {} : { password }),
        meaning,
        version: plan.version,
      });
      close();
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid-credentials') {
        setPasswordError(error.detail);
      } else if (isApiError(error) && error.code === 'version-conflict') {
        close();
        onConflict(error.detail);
      } else if (isApiError(error) && error.status === 401) {
        close(); // The session ended; the app sends the user to sign in.
      } else {
        setFailure(isApiError(error) ? error.detail : 'Signing failed. Please try again.');
      }
    }
  };

  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={close}
      title={`${kind} of version ${String(plan.version)}`}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Sign: ${kind}`}>
        <Stack gap="md">
          <Text size="sm">
            Plan version {plan.version}
            {plan.output.status === 'ok'
              ? `, total time ${formatMmSs(plan.output.totalTimeS)}, ${String(plan.input.prescription.doseGy)} Gy`
              : ''}
            . By signing you confirm this statement, which is recorded with your name, role and the
            time:
          </Text>
          <Blockquote color={plan.demonstration ? 'orange' : 'blue'} p="md" data-testid="meaning">
            {meaning}
          </Blockquote>
          {plan.demonstration && (
            <Alert color="orange" title="Demonstration source model">
              This plan was made with demonstration data. It can be signed as a review only; it
              cannot be approved for treatment.
            </Alert>
          )}
          {sso ? (
            <IdentityProviderConfirm
              target="plan"
              targetId={plan.id}
              submitLabel="Sign"
              error={failure}
              busy={sign.isPending}
              onCancel={close}
            />
          ) : (
            <>
              {failure !== null && (
                <Alert color="red" role="alert" title="Not signed">
                  {failure}
                </Alert>
              )}
              <PasswordConfirm
                purpose="signing"
                submitLabel="Sign"
                password={password}
                error={passwordError}
                busy={sign.isPending}
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

import {
  SIGNATURE_KINDS,
  signatureMeaning,
  type SigningRole,
  type StoredPlan,
} from '@openiort/contract';
import { Alert, Blockquote, Modal, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
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
      setPasswordError(t('planning.sign.enterPassword'));
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
        setFailure(isApiError(error) ? error.detail : t('planning.sign.failed'));
      }
    }
  };

  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={close}
      title={t('planning.sign.title', { kind, version: String(plan.version) })}
      size="lg"
    >
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('planning.sign.formLabel', { kind })}
      >
        <Stack gap="md">
          <Text size="sm">
            {plan.output.status === 'ok'
              ? t('planning.sign.planVersionOk', {
                  version: String(plan.version),
                  time: formatMmSs(plan.output.totalTimeS),
                  dose: String(plan.input.prescription.doseGy),
                })
              : t('planning.sign.planVersion', { version: String(plan.version) })}
            {t('planning.sign.confirm')}
          </Text>
          <Blockquote color={plan.demonstration ? 'orange' : 'blue'} p="md" data-testid="meaning">
            {meaning}
          </Blockquote>
          {plan.demonstration && (
            <Alert color="orange" title={t('planning.sign.demoTitle')}>
              {t('planning.sign.demoBody')}
            </Alert>
          )}
          {sso ? (
            <IdentityProviderConfirm
              target="plan"
              targetId={plan.id}
              submitLabel={t('planning.sign.submit')}
              error={failure}
              busy={sign.isPending}
              onCancel={close}
            />
          ) : (
            <>
              {failure !== null && (
                <Alert color="red" role="alert" title={t('planning.sign.notSigned')}>
                  {failure}
                </Alert>
              )}
              <PasswordConfirm
                purpose="signing"
                submitLabel={t('planning.sign.submit')}
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

import { LIMITS_COSIGN_MEANING, type ProgramLimitsVersion } from '@openiort/contract';
import { Alert, Blockquote, Modal, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { useCosignLimits } from '../../api/program-limits.ts';
import { DIALOG_PROPS } from '../../components/dialog-props.ts';
import { PasswordConfirm } from '../../components/password-confirm.tsx';
import {
  IdentityProviderConfirm,
  REAUTH_PARAMS,
} from '../../components/identity-provider-confirm.tsx';
import { useSession } from '../../auth/session-context.ts';

interface CosignDialogProps {
  proposal: ProgramLimitsVersion;
  opened: boolean;
  onClose: () => void;
  onDone: (version: string) => void;
}

/** A radiation oncologist's co-signature: the statement in full and the password entered again. */
export function CosignDialog({ proposal, opened, onClose, onDone }: CosignDialogProps) {
  const cosign = useCosignLimits();
  const { t } = useTranslation('clinician');
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const sso = useSession().user.authSource === 'oidc';
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
    onClose();
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPasswordError(null);
    setFailure(null);
    if (!sso && password === '') {
      setPasswordError(t('programLimits.cosign.enterPassword'));
      return;
    }
    try {
      const signed = await cosign.mutateAsync({
        id: proposal.id,
        ...(sso ? {} : { password }),
        meaning: LIMITS_COSIGN_MEANING,
      });
      close();
      onDone(signed.version ?? '');
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid-credentials') setPasswordError(error.detail);
      else if (isApiError(error) && error.status === 401) close();
      else setFailure(isApiError(error) ? error.detail : t('programLimits.cosign.failed'));
    }
  };
  return (
    <Modal
      {...DIALOG_PROPS}
      opened={opened}
      onClose={close}
      title={t('programLimits.cosign.title')}
      size="lg"
    >
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('programLimits.cosign.title')}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('programLimits.cosign.statement', {
              name: proposal.proposedBy?.displayName ?? t('programLimits.cosign.aPhysicist'),
              reason: proposal.reason,
            })}
          </Text>
          <Blockquote color="blue" p="md">
            {LIMITS_COSIGN_MEANING}
          </Blockquote>
          {sso ? (
            <IdentityProviderConfirm
              target="limits-proposal"
              targetId={proposal.id}
              submitLabel={t('programLimits.cosign.submit')}
              error={failure}
              busy={cosign.isPending}
              onCancel={close}
            />
          ) : (
            <>
              {failure !== null && (
                <Alert color="red" role="alert" title={t('programLimits.cosign.notCosigned')}>
                  {failure}
                </Alert>
              )}
              <PasswordConfirm
                purpose="co-signing"
                submitLabel={t('programLimits.cosign.submit')}
                password={password}
                error={passwordError}
                busy={cosign.isPending}
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

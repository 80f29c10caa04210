import {
  RECORD_SIGNATURE_KINDS,
  type SigningRole,
  type TreatmentRecordDto,
} from '@openiort/contract';
import { Alert, Blockquote, Modal, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { useSignRecord } from '../../api/or-record.ts';
import { useSession } from '../../auth/session-context.ts';
import { DIALOG_PROPS } from '../../components/dialog-props.ts';
import {
  IdentityProviderConfirm,
  REAUTH_PARAMS,
} from '../../components/identity-provider-confirm.tsx';
import { PasswordConfirm } from '../../components/password-confirm.tsx';

interface Props {
  record: TreatmentRecordDto;
  /** The statement the server offers this person (TreatmentRecordDto.meaningForYou). */
  meaning: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Signs the treatment record as it is shown: the statement in full, the password entered again
 * (or a fresh sign-in at the identity provider), and the hash of the content on screen, so that
 * a record that changed meanwhile is refused rather than signed unseen.
 */
export function RecordSignDialog({ record, meaning, opened, onClose }: Props) {
  const { t } = useTranslation('clinician');
  const sessionId = record.content.sessionId;
  const sign = useSignRecord(sessionId);
  const { user } = useSession();
  const sso = user.authSource === 'oidc';
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [, setParams] = useSearchParams();
  const kind = RECORD_SIGNATURE_KINDS[user.role as SigningRole];
  const title = t('orSession.signDialog.title', {
    kind: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
  });

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
      setPasswordError(t('orSession.signDialog.enterPassword'));
      return;
    }
    try {
      await sign.mutateAsync({
        ...(sso ? {} : { password }),
        meaning,
        contentHash: record.contentHash,
      });
      close();
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid-credentials') setPasswordError(error.detail);
      else if (isApiError(error) && error.status === 401) close();
      else setFailure(isApiError(error) ? error.detail : t('orSession.signDialog.failed'));
    }
  };

  return (
    <Modal {...DIALOG_PROPS} opened={opened} onClose={close} title={title} size="lg">
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('orSession.signDialog.form', { title })}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('orSession.signDialog.intro', { hash: record.contentHash.slice(0, 12) })}
          </Text>
          <Blockquote
            color={record.content.demonstration ? 'orange' : 'blue'}
            p="md"
            data-testid="record-meaning"
          >
            {meaning}
          </Blockquote>
          {sso ? (
            <IdentityProviderConfirm
              target="treatment-record"
              targetId={sessionId}
              submitLabel={t('orSession.signDialog.sign')}
              error={failure}
              busy={sign.isPending}
              onCancel={close}
            />
          ) : (
            <>
              {failure !== null && (
                <Alert color="red" role="alert" title={t('orSession.signDialog.notSigned')}>
                  {failure}
                </Alert>
              )}
              <PasswordConfirm
                purpose="signing"
                submitLabel={t('orSession.signDialog.sign')}
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

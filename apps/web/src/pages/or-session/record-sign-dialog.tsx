import {
  RECORD_SIGNATURE_KINDS,
  type SigningRole,
  type TreatmentRecordDto,
} from '@openiort/contract';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignRecord } from '../../api/or-record.ts';
import { useSession } from '../../auth/session-context.ts';
import { SignatureDialog } from '../../components/signature-dialog.tsx';

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
  const kind = RECORD_SIGNATURE_KINDS[user.role as SigningRole];
  const title = t('orSession.signDialog.title', {
    kind: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
  });
  return (
    <SignatureDialog
      opened={opened}
      onClose={onClose}
      title={title}
      formLabel={t('orSession.signDialog.form', { title })}
      intro={
        <Text size="sm">
          {t('orSession.signDialog.intro', { hash: record.contentHash.slice(0, 12) })}
        </Text>
      }
      meaning={meaning}
      meaningColor={record.content.demonstration ? 'orange' : 'blue'}
      meaningTestId="record-meaning"
      target="treatment-record"
      targetId={sessionId}
      purpose="signing"
      submitLabel={t('orSession.signDialog.sign')}
      notSignedTitle={t('orSession.signDialog.notSigned')}
      enterPasswordText={t('orSession.signDialog.enterPassword')}
      failedText={t('orSession.signDialog.failed')}
      busy={sign.isPending}
      sign={async (password) => {
        await sign.mutateAsync({
          ...(password === undefined ? {} : { password }),
          meaning,
          contentHash: record.contentHash,
        });
      }}
    />
  );
}

import { LIMITS_COSIGN_MEANING, type ProgramLimitsVersion } from '@openiort/contract';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCosignLimits } from '../../api/program-limits.ts';
import { SignatureDialog } from '../../components/signature-dialog.tsx';

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
  return (
    <SignatureDialog
      opened={opened}
      onClose={onClose}
      title={t('programLimits.cosign.title')}
      intro={
        <Text size="sm">
          {t('programLimits.cosign.statement', {
            name: proposal.proposedBy?.displayName ?? t('programLimits.cosign.aPhysicist'),
            reason: proposal.reason,
          })}
        </Text>
      }
      meaning={LIMITS_COSIGN_MEANING}
      target="limits-proposal"
      targetId={proposal.id}
      purpose="co-signing"
      submitLabel={t('programLimits.cosign.submit')}
      notSignedTitle={t('programLimits.cosign.notCosigned')}
      enterPasswordText={t('programLimits.cosign.enterPassword')}
      failedText={t('programLimits.cosign.failed')}
      busy={cosign.isPending}
      sign={async (password) => {
        const signed = await cosign.mutateAsync({
          id: proposal.id,
          ...(password === undefined ? {} : { password }),
          meaning: LIMITS_COSIGN_MEANING,
        });
        onDone(signed.version ?? '');
      }}
    />
  );
}

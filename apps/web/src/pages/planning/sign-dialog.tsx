import {
  SIGNATURE_KINDS,
  signatureMeaning,
  type SigningRole,
  type StoredPlan,
} from '@openiort/contract';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useSignPlan } from '../../api/plans.ts';
import { formatMmSs } from './plan-format.ts';
import { SignatureDialog } from '../../components/signature-dialog.tsx';

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
  const meaning = signatureMeaning(role, plan.demonstration);
  const kind = capitalised(SIGNATURE_KINDS[role]);
  return (
    <SignatureDialog
      opened={opened}
      onClose={onClose}
      title={t('planning.sign.title', { kind, version: String(plan.version) })}
      formLabel={t('planning.sign.formLabel', { kind })}
      intro={
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
      }
      meaning={meaning}
      meaningColor={plan.demonstration ? 'orange' : 'blue'}
      meaningTestId="meaning"
      notice={
        plan.demonstration && (
          <Alert color="orange" title={t('planning.sign.demoTitle')}>
            {t('planning.sign.demoBody')}
          </Alert>
        )
      }
      target="plan"
      targetId={plan.id}
      purpose="signing"
      submitLabel={t('planning.sign.submit')}
      notSignedTitle={t('planning.sign.notSigned')}
      enterPasswordText={t('planning.sign.enterPassword')}
      failedText={t('planning.sign.failed')}
      busy={sign.isPending}
      sign={async (password) => {
        await sign.mutateAsync({
          planId: plan.id,
          ...(password === undefined ? {} : { password }),
          meaning,
          version: plan.version,
        });
      }}
      handleError={(error) => {
        if (!(isApiError(error) && error.code === 'version-conflict')) return false;
        onConflict(error.detail);
        return true;
      }}
    />
  );
}

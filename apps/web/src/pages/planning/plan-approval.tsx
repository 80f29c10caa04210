import { SIGNATURE_KINDS, SIGNING_ROLES, isSigningRole, type StoredPlan } from '@openiort/contract';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useSession } from '../../auth/session-context.ts';
import { SignDialog } from './sign-dialog.tsx';
import { SignatureList } from './signature-list.tsx';

interface PlanApprovalProps {
  plan: StoredPlan;
  /** The form holds changes not yet saved: what is shown is not the stored version. */
  unsaved: boolean;
  /** An earlier version, shown for the record: its signatures, never a sign button. */
  historical?: boolean;
  onConflict: (message: string) => void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Physics review and physician approval of the stored version: who signed, and a sign button for
 * the signed-in user's own role. Signatures of earlier versions are shown as no longer applying.
 */
export function PlanApproval({ plan, unsaved, historical = false, onConflict }: PlanApprovalProps) {
  const { t } = useTranslation('clinician');
  const { user } = useSession();
  const canSign = useCan('plan:sign');
  const [params] = useSearchParams();
  // Back from a re-authentication at the identity provider: the dialog opens again.
  const [open, setOpen] = useState(!historical && params.get('sign') === plan.id);
  const role = isSigningRole(user.role) ? user.role : null;
  const signedByMe = plan.signatures.some((s) => s.userId === user.id);
  const refused = plan.output.status === 'refused';

  let blocker: string | null = null;
  if (historical) blocker = t('planning.approval.historical');
  else if (refused) blocker = t('planning.approval.refused');
  else if (unsaved) blocker = t('planning.approval.unsaved');

  return (
    <Stack gap="sm">
      <Text size="sm">{t('planning.approval.appliesTo', { version: String(plan.version) })}</Text>
      <Stack gap={4}>
        {SIGNING_ROLES.map((signingRole) => {
          const kind = SIGNATURE_KINDS[signingRole];
          const given = plan.signatures.filter((s) => s.role === signingRole);
          return (
            <Text size="sm" key={signingRole}>
              <strong>{capitalised(kind)}:</strong>{' '}
              {given.length === 0
                ? t('planning.approval.notSigned')
                : t('planning.approval.signedBy', {
                    names: given.map((s) => s.userName).join(', '),
                  })}
            </Text>
          );
        })}
      </Stack>
      {plan.signatures.length > 0 && <SignatureList signatures={plan.signatures} />}
      {plan.formerSignatures.length > 0 && (
        <Alert color="gray" title={t('planning.approval.formerTitle')}>
          <Text size="sm" mb="xs">
            {t('planning.approval.formerBody')}
          </Text>
          <SignatureList signatures={plan.formerSignatures} lapsed />
        </Alert>
      )}
      {canSign && role !== null && (
        <Group className="no-print">
          {signedByMe ? (
            <Text size="sm" fw={600}>
              {t('planning.approval.youSigned', { version: String(plan.version) })}
            </Text>
          ) : (
            <Button
              disabled={blocker !== null}
              onClick={() => {
                setOpen(true);
              }}
            >
              {t('planning.approval.sign', { kind: SIGNATURE_KINDS[role] })}
            </Button>
          )}
          {blocker !== null && !signedByMe && (
            <Text size="sm" c="gray.7">
              {blocker}
            </Text>
          )}
        </Group>
      )}
      {role !== null && (
        <SignDialog
          plan={plan}
          role={role}
          opened={open}
          onConflict={onConflict}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </Stack>
  );
}

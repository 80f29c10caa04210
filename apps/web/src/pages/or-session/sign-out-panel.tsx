import { isDeliveryFinished } from '@openiort/contract';
import type { OrSessionState } from '@openiort/contract';
import { Alert, Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session-context.ts';
import { ChecklistItemRow } from './checklist-section.tsx';
import { useSessionChecks } from './use-session-checks.ts';

/**
 * The WHO sign-out, answered after the beam and before the patient leaves the room (interop.md
 * §5.2); the treatment record cannot be signed until it is complete.
 */
export function SignOutPanel({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayAnswer = useCan('checklist:answer');
  const finished = isDeliveryFinished(state.status);
  const { checks, error, reload } = useSessionChecks(state, finished);
  if (!finished) return null;
  const signOut = checks?.checklists.find((c) => c.key === 'who-sign-out');
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="sign-out-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="sign-out-heading">
          {signOut === undefined
            ? t('orSession.signOut.title')
            : t('orSession.signOut.titleWithVersion', {
                title: signOut.template.title,
                version: signOut.version,
              })}
        </Title>
        {error !== null && <Alert color="red">{error}</Alert>}
        {signOut?.completeness.items.map((i, index) => (
          <ChecklistItemRow
            key={i.item.id}
            sessionId={state.id}
            checklist={signOut}
            index={index}
            mayAnswer={mayAnswer}
            onChanged={reload}
          />
        ))}
      </Stack>
    </Card>
  );
}

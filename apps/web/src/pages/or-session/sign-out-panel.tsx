import { isDeliveryFinished } from '@openiort/contract';
import type { OrSessionState, SessionChecksDto } from '@openiort/contract';
import { Alert, Card, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error.ts';
import { fetchSessionChecks } from '../../api/or-checks.ts';
import { useCan } from '../../auth/session-context.ts';
import { ChecklistItemRow } from './checklist-section.tsx';

/**
 * The WHO sign-out, answered after the beam and before the patient leaves the room (interop.md
 * §5.2); the treatment record cannot be signed until it is complete.
 */
export function SignOutPanel({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayAnswer = useCan('checklist:answer');
  const [checks, setChecks] = useState<SessionChecksDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    fetchSessionChecks(state.id).then(setChecks, (e: unknown) => {
      setError(errorMessage(e));
    });
  }, [state.id]);
  useEffect(reload, [reload, state]);
  if (!isDeliveryFinished(state.status)) return null;
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

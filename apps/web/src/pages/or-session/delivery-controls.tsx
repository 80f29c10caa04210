import type { LiveDeliveryView, OrSessionEventRequest, OrSessionState } from '@openiort/contract';
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { postOrAbandon, postOrEvent } from '../../api/or-sessions.ts';
import { useCan } from '../../auth/session-context.ts';
import { actionBlockers, type DeliveryAction } from './delivery-actions.ts';
import { AbandonDialog, InterruptDialog, SourceChangeDialog } from './event-dialogs.tsx';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type NewEvent = DistributiveOmit<OrSessionEventRequest, 'expectedSeq'>;

/** The clinician strings' key for each button. */
const LABELS: Record<DeliveryAction, string> = {
  start: 'orSession.actions.start',
  interrupt: 'orSession.actions.interrupt',
  'source-change': 'orSession.actions.sourceChange',
  resume: 'orSession.actions.resume',
  complete: 'orSession.actions.complete',
  abandon: 'orSession.actions.abandon',
};

interface ControlsProps {
  state: OrSessionState;
  view: LiveDeliveryView;
  onState: (state: OrSessionState) => void;
}

/**
 * The console's buttons. Each is disabled with its reason in words when it cannot be used; the
 * server stamps the time of what is pressed and answers with the new state.
 */
export function DeliveryControls({ state, view, onState }: ControlsProps) {
  const may = { operate: useCan('delivery:operate'), decide: useCan('delivery:decide') };
  const { t } = useTranslation('clinician');
  const blockers = actionBlockers(t, state, view, may);
  const [dialog, setDialog] = useState<DeliveryAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (call: () => Promise<OrSessionState>) => {
    setBusy(true);
    setFailure(null);
    try {
      onState(await call());
      setDialog(null);
    } catch (error) {
      setFailure(
        isApiError(error) && error.code === 'version-conflict'
          ? t('orSession.actions.conflict')
          : isApiError(error) && error.fieldErrors.length > 0
            ? error.fieldErrors.map((e) => e.message).join(' ')
            : errorMessage(error),
      );
      if (isApiError(error) && error.code === 'version-conflict') setDialog(null);
    } finally {
      setBusy(false);
    }
  };
  const post = (event: NewEvent) =>
    send(() => postOrEvent(state.id, { ...event, expectedSeq: state.seq }));

  const press = (action: DeliveryAction) => {
    if (action === 'start' || action === 'resume' || action === 'complete')
      void post({ type: action });
    else setDialog(action);
  };

  return (
    <Stack gap="sm" className="no-print">
      {failure !== null && dialog === null && (
        <Alert color="red" role="alert" title={t('orSession.actions.notRecorded')}>
          {failure}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        {(Object.keys(LABELS) as DeliveryAction[]).map((action) => {
          const reason = blockers[action];
          const reasonId = `why-not-${action}`;
          return (
            <Stack key={action} gap={2}>
              <Button
                size="md"
                h="auto"
                mih={42}
                py={6}
                // Long labels wrap at 360 px instead of being cut off.
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                color={action === 'interrupt' || action === 'abandon' ? 'red' : undefined}
                disabled={reason !== null || busy}
                aria-describedby={reason === null ? undefined : reasonId}
                onClick={() => {
                  setFailure(null);
                  press(action);
                }}
              >
                {t(LABELS[action])}
              </Button>
              {reason !== null && (
                <Text size="xs" c="dimmed" id={reasonId}>
                  {reason}
                </Text>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      <InterruptDialog
        opened={dialog === 'interrupt'}
        busy={busy}
        failure={failure}
        onClose={() => {
          setDialog(null);
        }}
        onSubmit={(value) => void post({ type: 'interrupt', ...value })}
      />
      <SourceChangeDialog
        opened={dialog === 'source-change'}
        busy={busy}
        failure={failure}
        state={state}
        onClose={() => {
          setDialog(null);
        }}
        onSubmit={(airKermaStrengthU) => void post({ type: 'source-change', airKermaStrengthU })}
      />
      <AbandonDialog
        opened={dialog === 'abandon'}
        busy={busy}
        failure={failure}
        onClose={() => {
          setDialog(null);
        }}
        onSubmit={(reason) =>
          void send(() => postOrAbandon(state.id, { expectedSeq: state.seq, reason }))
        }
      />
    </Stack>
  );
}

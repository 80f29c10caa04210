import type { OrSessionState, SessionChecklistDto, SessionChecksDto } from '@openiort/contract';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { fetchSessionChecks, postChecklistAnswer } from '../../api/or-checks.ts';
import { useCan } from '../../auth/session-context.ts';
import { FinalPlanForm } from './final-plan-form.tsx';
import { OutputCheckForm } from './output-check-form.tsx';

/** The clinician strings' key for each beam-on gate the server names. */
const GATE_LABELS: Record<string, string> = {
  'final-plan-signed': 'orSession.beforeBeamOn.gates.finalPlanSigned',
  'time-out-checklist-complete': 'orSession.beforeBeamOn.gates.timeOuts',
  'output-check-passed': 'orSession.beforeBeamOn.gates.outputCheck',
  'final-plan-uses-measured-strength': 'orSession.beforeBeamOn.gates.measuredStrength',
};

/** One checklist item: its state, and Confirm / Pass over (with a reason) for the room team. */
export function ChecklistItemRow({
  sessionId,
  checklist,
  index,
  mayAnswer,
  onChanged,
}: {
  sessionId: string;
  checklist: SessionChecklistDto;
  index: number;
  mayAnswer: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('clinician');
  const state = checklist.completeness.items[index];
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  if (state === undefined) return null;
  const send = async (answer: 'yes' | 'passed-over') => {
    setFailure(null);
    try {
      await postChecklistAnswer(sessionId, checklist.key, state.item.id, {
        answer,
        ...(answer === 'passed-over' ? { reason } : {}),
      });
      setReason('');
      onChanged();
    } catch (error) {
      setFailure(
        isApiError(error) && error.fieldErrors.length > 0
          ? error.fieldErrors.map((e) => e.message).join(' ')
          : errorMessage(error),
      );
    }
  };
  const answer = state.answer;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge
          color={state.state === 'missing' ? 'gray' : state.state === 'yes' ? 'green' : 'yellow'}
          variant="light"
        >
          {state.state === 'missing'
            ? t('orSession.checklistItem.open')
            : state.state === 'yes'
              ? t('orSession.checklistItem.confirmed')
              : t('orSession.checklistItem.passedOver')}
        </Badge>
        <Text size="sm">{state.item.text}</Text>
      </Group>
      {answer !== null && (
        <Text size="xs" c="dimmed">
          {answer.by.displayName} ({answer.by.role}), {new Date(answer.at).toLocaleTimeString()}
          {answer.reason === undefined ? '' : ` — ${answer.reason}`}
        </Text>
      )}
      {mayAnswer && state.state === 'missing' && (
        <Group gap="xs" align="flex-end">
          <Button size="xs" onClick={() => void send('yes')}>
            {t('orSession.checklistItem.confirm')}
          </Button>
          {state.item.passOver === 'with-reason' && (
            <>
              <TextInput
                size="xs"
                label={t('orSession.checklistItem.reason')}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                }}
              />
              <Button
                size="xs"
                variant="default"
                disabled={reason.trim() === ''}
                onClick={() => void send('passed-over')}
              >
                {t('orSession.checklistItem.passOver')}
              </Button>
            </>
          )}
        </Group>
      )}
      {failure !== null && (
        <Text size="xs" c="red" role="alert">
          {failure}
        </Text>
      )}
    </Stack>
  );
}

/**
 * What must be done before beam-on, on the console: the gates with their reasons (the server's,
 * from the session state), the two time-outs to answer, and the physicist's output check.
 */
export function BeforeBeamOn({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayAnswer = useCan('checklist:answer');
  const mayCheck = useCan('output-check:record');
  const mayPlan = useCan('plan:write');
  const [checks, setChecks] = useState<SessionChecksDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    fetchSessionChecks(state.id).then(setChecks, (e: unknown) => {
      setError(errorMessage(e));
    });
  }, [state.id]);
  // The session state changes when anyone records a check or an answer (the stream re-reads).
  useEffect(reload, [reload, state]);
  const latest = checks?.outputChecks.at(-1);
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('orSession.beforeBeamOn.title')}
        </Title>
        <List spacing={4} size="sm">
          {state.beamOnGates.map((g) => {
            const label = GATE_LABELS[g.name];
            return (
              <List.Item key={g.name}>
                <Badge color={g.ok ? 'green' : 'red'} variant="light" mr="xs">
                  {g.ok ? t('orSession.beforeBeamOn.done') : t('orSession.beforeBeamOn.missing')}
                </Badge>
                {label === undefined ? g.name : t(label)}
                {!g.ok && g.reason !== undefined && (
                  <Text size="xs" c="dimmed">
                    {g.reason}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
        {error !== null && <Alert color="red">{error}</Alert>}
        {checks?.checklists
          .filter((c) => c.key.endsWith('time-out'))
          .map((c) => (
            <Stack key={c.key} gap="xs">
              <Title order={3} size="h4">
                {t('orSession.beforeBeamOn.checklistTitle', {
                  title: c.template.title,
                  version: c.version,
                })}
              </Title>
              {c.completeness.items.map((i, index) => (
                <ChecklistItemRow
                  key={i.item.id}
                  sessionId={state.id}
                  checklist={c}
                  index={index}
                  mayAnswer={mayAnswer && state.status === 'not-started'}
                  onChanged={reload}
                />
              ))}
            </Stack>
          ))}
        <Title order={3} size="h4">
          {t('orSession.beforeBeamOn.outputCheck')}
        </Title>
        {latest === undefined ? (
          <Text size="sm">{t('orSession.beforeBeamOn.noOutputCheck')}</Text>
        ) : (
          <Alert
            color={latest.result.status === 'pass' ? 'green' : 'red'}
            title={
              latest.result.status === 'pass'
                ? t('orSession.beforeBeamOn.latestPassed')
                : t('orSession.beforeBeamOn.latestFailed')
            }
          >
            {t('orSession.beforeBeamOn.latest', {
              ratio: latest.result.ratio.toFixed(4),
              deviation: latest.result.deviationPercent.toFixed(2),
              tolerance: latest.result.tolerancePercent,
              name: latest.checkedBy.displayName,
              time: new Date(latest.checkedAt).toLocaleTimeString(),
            })}
            {latest.result.failures.map((f) => ` ${f.message}`).join('')}
          </Alert>
        )}
        {mayPlan && latest?.result.status === 'pass' && (
          <FinalPlanForm state={state} measuredU={latest.result.measuredAirKermaStrengthU} />
        )}
        {mayCheck && state.status === 'not-started' && (
          <OutputCheckForm
            sessionId={state.id}
            plannedStrengthU={state.plannedAirKermaStrengthU}
            onSaved={reload}
          />
        )}
      </Stack>
    </Card>
  );
}

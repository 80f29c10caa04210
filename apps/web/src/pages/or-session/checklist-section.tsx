import type { SessionChecklistDto } from '@openiort/contract';
import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { postChecklistAnswer } from '../../api/or-checks.ts';

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
          style={{ flexShrink: 0 }}
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
 * One checklist of the session: its items while any is open; once complete, one line saying so
 * (the answers a click away), so the console stays short on a tablet or phone.
 */
export function ChecklistSection({
  sessionId,
  checklist,
  mayAnswer,
  onChanged,
}: {
  sessionId: string;
  checklist: SessionChecklistDto;
  mayAnswer: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('clinician');
  const [shown, setShown] = useState(false);
  const complete = checklist.completeness.complete;
  const count = checklist.completeness.items.length;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('orSession.beforeBeamOn.checklistTitle', {
          title: checklist.template.title,
          version: checklist.version,
        })}
      </Title>
      {complete && (
        <Group gap="xs" wrap="wrap">
          <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
            {t('orSession.checklistSection.complete')}
          </Badge>
          <Text size="sm">{t('orSession.checklistSection.allAnswered', { count })}</Text>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={shown}
            onClick={() => {
              setShown(!shown);
            }}
          >
            {shown
              ? t('orSession.checklistSection.hideAnswers')
              : t('orSession.checklistSection.showAnswers')}
          </Button>
        </Group>
      )}
      {(!complete || shown) &&
        checklist.completeness.items.map((i, index) => (
          <ChecklistItemRow
            key={i.item.id}
            sessionId={sessionId}
            checklist={checklist}
            index={index}
            mayAnswer={mayAnswer}
            onChanged={onChanged}
          />
        ))}
    </Stack>
  );
}

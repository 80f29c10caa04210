import { CASE_STEP_LABELS, type PathwayStepView } from '@openiort/contract';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_LABELS, rolesText } from './step-labels.ts';

/** The heading line of one step on the timeline: its name, state, who acts and by when. */
export function StepHeading({ view, pending }: { view: PathwayStepView; pending: boolean }) {
  const { t } = useTranslation('clinician');
  const state = STATE_LABELS[view.state];
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} size="h4">
          {CASE_STEP_LABELS[view.step]}
        </Title>
        <Badge color={state.color} variant="light">
          {t(state.label)}
        </Badge>
        {view.overdue && (
          <Badge color="red" variant="filled">
            {t('cases.heading.overdueSince', { date: view.dueDate })}
          </Badge>
        )}
      </Group>
      {pending && (
        <Text size="sm" c="gray.8">
          {t('cases.heading.whoActs', { roles: rolesText(view.roles) })}
          {view.dueDate !== null && !view.overdue ? t('cases.due', { date: view.dueDate }) : ''}
        </Text>
      )}
      {view.note !== null && view.state !== 'done' && (
        <Text size="sm" c="gray.7">
          {view.note}
        </Text>
      )}
    </Stack>
  );
}

/** A step's body: its record, then what the reader may do. */
export function StepBody({ children }: { children: ReactNode }) {
  return (
    <Stack gap="sm" mt="xs">
      {children}
    </Stack>
  );
}

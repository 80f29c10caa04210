import { CASE_STEP_LABELS, type PathwayStepView } from '@openiort/contract';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { STATE_LABELS, rolesText } from './step-labels.ts';

/** The heading line of one step on the timeline: its name, state, who acts and by when. */
export function StepHeading({ view, pending }: { view: PathwayStepView; pending: boolean }) {
  const state = STATE_LABELS[view.state];
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} size="h4">
          {CASE_STEP_LABELS[view.step]}
        </Title>
        <Badge color={state.color} variant="light">
          {state.label}
        </Badge>
        {view.overdue && (
          <Badge color="red" variant="filled">
            Overdue since {view.dueDate}
          </Badge>
        )}
      </Group>
      {pending && (
        <Text size="sm" c="gray.8">
          Who acts: {rolesText(view.roles)}
          {view.dueDate !== null && !view.overdue ? ` · due ${view.dueDate}` : ''}
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

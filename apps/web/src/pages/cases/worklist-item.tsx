import { CASE_STEP_LABELS, type WorklistItem } from '@openiort/contract';
import { Anchor, Badge, Group, List, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { patientName } from '../../components/format.ts';
import { lateralityLabel, rolesText } from './step-labels.ts';

/** One open case on the worklist: who, which breast, and each step it waits for. */
export function WorklistCard({ item }: { item: WorklistItem }) {
  const overdue = item.waiting.some((w) => w.overdue);
  return (
    <Paper
      withBorder
      p="sm"
      data-case={item.id}
      style={overdue ? { borderColor: 'var(--mantine-color-red-7)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/app/cases/${item.id}`} fw={600}>
          {patientName(item.patient)} · {lateralityLabel(item.laterality)}
        </Anchor>
        <Group gap={4}>
          {item.patient.isDemo && <DemoBadge />}
          {overdue && (
            <Badge color="red" variant="filled">
              Overdue
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="xs" c="gray.7">
        MRN {item.patient.mrn}
        {item.operationDate !== null
          ? ` · operation ${item.operationDate}${item.room === null ? '' : `, ${item.room}`}`
          : ''}
      </Text>
      <List size="sm" spacing={2} mt={4} aria-label="Waits for">
        {item.waiting.map((w) => (
          <List.Item key={w.step} data-step={w.step}>
            <Text span size="sm" fw={600} c={w.overdue ? 'red.8' : undefined}>
              {CASE_STEP_LABELS[w.step]}
            </Text>{' '}
            — {rolesText(w.roles)}
            {w.people.length > 0 ? ` (${w.people.map((p) => p.displayName).join(', ')})` : ''}
            {w.dueDate !== null ? ` · due ${w.dueDate}` : ''}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

import { CASE_STEP_LABELS, type WorklistItem } from '@openiort/contract';
import { Anchor, Badge, Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { patientName } from '../../components/format.ts';
import { lateralityLabel, rolesText } from './step-labels.ts';

/** One open case on the worklist: who, which breast, and each step it waits for. */
export function WorklistCard({ item }: { item: WorklistItem }) {
  const { t } = useTranslation('clinician');
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
          {patientName(item.patient)} · {lateralityLabel(t, item.laterality)}
        </Anchor>
        <Group gap={4}>
          {item.patient.isDemo && <DemoBadge />}
          {overdue && (
            <Badge color="red" variant="filled">
              {t('cases.worklist.overdue')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="xs" c="gray.7">
        {t('cases.worklist.mrn', { mrn: item.patient.mrn })}
        {item.operationDate === null
          ? ''
          : item.room === null
            ? t('cases.worklist.operation', { date: item.operationDate })
            : t('cases.worklist.operationInRoom', { date: item.operationDate, room: item.room })}
      </Text>
      <List size="sm" spacing={2} mt={4} aria-label={t('cases.worklist.waitsFor')}>
        {item.waiting.map((w) => (
          <List.Item key={w.step} data-step={w.step}>
            <Text span size="sm" fw={600} c={w.overdue ? 'red.8' : undefined}>
              {CASE_STEP_LABELS[w.step]}
            </Text>{' '}
            — {rolesText(w.roles)}
            {w.people.length > 0 ? ` (${w.people.map((p) => p.displayName).join(', ')})` : ''}
            {w.dueDate !== null ? t('cases.due', { date: w.dueDate }) : ''}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

import { CASE_STEP_LABELS, type CaseView } from '@openiort/contract';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rolesText } from './step-labels.ts';

/** What the case waits for now, and from whom; several steps can wait side by side. */
export function NextStepAlert({ view }: { view: CaseView }) {
  const { t } = useTranslation('clinician');
  const { waiting } = view.pathway;
  if (view.status !== 'open')
    return (
      <Alert
        color="gray"
        title={view.status === 'closed' ? t('cases.caseClosed') : t('cases.caseWithdrawn')}
      >
        {t('cases.nothingMore')}
      </Alert>
    );
  if (waiting.length === 0) return null;
  const overdue = waiting.some((w) => w.overdue);
  return (
    <Alert color={overdue ? 'red' : 'blue'} title={t('cases.waitingFor')}>
      <List size="sm" spacing={2}>
        {waiting.map((w) => (
          <List.Item key={w.step}>
            <Text span size="sm" fw={600}>
              {CASE_STEP_LABELS[w.step]}
            </Text>{' '}
            — {rolesText(w.roles)}
            {w.people.length > 0 ? ` (${w.people.map((p) => p.displayName).join(', ')})` : ''}
            {w.dueDate !== null ? t('cases.due', { date: w.dueDate }) : ''}
            {w.overdue ? t('cases.overdue') : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

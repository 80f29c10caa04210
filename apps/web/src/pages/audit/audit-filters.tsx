import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '@openiort/contract';
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { EMPTY_AUDIT_FILTERS, type AuditFilterForm } from './audit-filter-values.ts';

/** Filter form; applies on "Apply filters" (or Enter) so the table does not jump while typing. */
export function AuditFilters({
  initial,
  onApply,
}: {
  initial: AuditFilterForm;
  onApply: (filters: AuditFilterForm) => void;
}) {
  const [form, setForm] = useState(initial);
  const { t } = useTranslation('clinician');
  const actionOptions = [
    { value: '', label: t('audit.filters.allActions') },
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action })),
  ];
  const outcomeOptions = [
    { value: '', label: t('audit.filters.allOutcomes') },
    ...AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome })),
  ];
  const bind = (field: keyof AuditFilterForm) => ({
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      setForm({ ...form, [field]: e.currentTarget.value });
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onApply(form);
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      aria-label={t('audit.filters.label')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <NativeSelect label={t('audit.filters.action')} data={actionOptions} {...bind('action')} />
        <TextInput label={t('audit.filters.mrn')} autoComplete="off" {...bind('mrn')} />
        <TextInput
          label={t('audit.filters.actor')}
          description={t('audit.filters.actorHint')}
          autoComplete="off"
          {...bind('actorContains')}
        />
        <TextInput label={t('audit.filters.recordId')} autoComplete="off" {...bind('recordId')} />
        <NativeSelect
          label={t('audit.filters.outcome')}
          data={outcomeOptions}
          {...bind('outcome')}
        />
        <TextInput label={t('audit.filters.from')} type="datetime-local" {...bind('from')} />
        <TextInput label={t('audit.filters.to')} type="datetime-local" {...bind('to')} />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t('audit.filters.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {t('audit.filters.clear')}
        </Button>
      </Group>
    </Paper>
  );
}

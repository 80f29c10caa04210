import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '@openiort/contract';
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { EMPTY_AUDIT_FILTERS, type AuditFilterForm } from './audit-filter-values.ts';

const ACTION_OPTIONS = [
  { value: '', label: 'All actions' },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action })),
];
const OUTCOME_OPTIONS = [
  { value: '', label: 'All outcomes' },
  ...AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome })),
];

/** Filter form; applies on "Apply filters" (or Enter) so the table does not jump while typing. */
export function AuditFilters({
  initial,
  onApply,
}: {
  initial: AuditFilterForm;
  onApply: (filters: AuditFilterForm) => void;
}) {
  const [form, setForm] = useState(initial);
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
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Audit filters">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <NativeSelect label="Action" data={ACTION_OPTIONS} {...bind('action')} />
        <TextInput label="Patient MRN" autoComplete="off" {...bind('mrn')} />
        <TextInput
          label="Actor e-mail contains"
          description="Any part of the address, any case"
          autoComplete="off"
          {...bind('actorContains')}
        />
        <TextInput label="Record id" autoComplete="off" {...bind('recordId')} />
        <NativeSelect label="Outcome" data={OUTCOME_OPTIONS} {...bind('outcome')} />
        <TextInput label="From (your local time)" type="datetime-local" {...bind('from')} />
        <TextInput label="To (your local time)" type="datetime-local" {...bind('to')} />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">Apply filters</Button>
        <Button
          variant="default"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          Clear
        </Button>
      </Group>
    </Paper>
  );
}

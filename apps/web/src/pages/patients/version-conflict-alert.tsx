import type { Patient } from '@openiort/contract';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { PATIENT_FIELD_LABELS, changedFields, formValuesOf } from './patient-form-values.ts';

interface VersionConflictAlertProps {
  /** The version the user started editing. */
  base: Patient;
  /** The newest version (someone else's save), once fetched. */
  current: Patient;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Someone else saved first: say so, show what they changed, and let the user choose. */
export function VersionConflictAlert({
  base,
  current,
  onReload,
  onKeepMine,
}: VersionConflictAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const loaded = current.version !== base.version;
  const currentValues = formValuesOf(current);
  const changed = changedFields(formValuesOf(base), currentValues);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      role="alert"
      title="Someone else saved this patient while you were editing"
      mb="md"
    >
      <Text size="sm" mb="xs">
        Your changes were <strong>not</strong> saved, and nothing was overwritten. What you typed is
        still in the form below.
      </Text>
      {!loaded && <Text size="sm">Loading the current record…</Text>}
      {loaded && changed.length > 0 && (
        <>
          <Text size="sm">They changed:</Text>
          <List size="sm" mb="xs">
            {changed.map((field) => (
              <List.Item key={field}>
                {PATIENT_FIELD_LABELS[field]}: now “{currentValues[field] || '(empty)'}”
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Group mt="sm">
        <Button size="sm" disabled={!loaded} onClick={onReload}>
          Reload the current record
        </Button>
        <Button size="sm" variant="default" disabled={!loaded} onClick={onKeepMine}>
          Keep my values and review before saving
        </Button>
      </Group>
      <Text size="xs" mt="xs">
        Reloading replaces what you typed with the saved record.
      </Text>
    </Alert>
  );
}

import type { Patient } from '@openiort/contract';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { PATIENT_FIELD_LABEL_KEYS, changedFields, formValuesOf } from './patient-form-values.ts';

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
  const { t } = useTranslation('clinician');
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
      title={t('patients.conflict.title')}
      mb="md"
    >
      <Text size="sm" mb="xs">
        {t('patients.conflict.before')}
        <strong>{t('patients.conflict.not')}</strong>
        {t('patients.conflict.after')}
      </Text>
      {!loaded && <Text size="sm">{t('patients.conflict.loading')}</Text>}
      {loaded && changed.length > 0 && (
        <>
          <Text size="sm">{t('patients.conflict.theyChanged')}</Text>
          <List size="sm" mb="xs">
            {changed.map((field) => (
              <List.Item key={field}>
                {t('patients.conflict.now', {
                  field: t(PATIENT_FIELD_LABEL_KEYS[field]),
                  value: currentValues[field] || t('patients.conflict.empty'),
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Group mt="sm">
        <Button size="sm" disabled={!loaded} onClick={onReload}>
          {t('patients.conflict.reload')}
        </Button>
        <Button size="sm" variant="default" disabled={!loaded} onClick={onKeepMine}>
          {t('patients.conflict.keepMine')}
        </Button>
      </Group>
      <Text size="xs" mt="xs">
        {t('patients.conflict.reloadHint')}
      </Text>
    </Alert>
  );
}

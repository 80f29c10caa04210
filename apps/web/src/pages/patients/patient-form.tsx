import { LANGUAGES, LANGUAGE_NAMES, SEXES, patientInputSchema } from '@openiort/contract';
import type { PatientInput } from '@openiort/contract';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormProblems } from '../../components/form-problems.tsx';
import { useFormState } from '../../components/use-form-state.ts';
import { isApiError } from '../../api/api-error.ts';
import { sortFieldErrors, validateForm, type SortedErrors } from '../../api/field-errors.ts';
import { sexLabel } from '../../components/format.ts';
import {
  PATIENT_FIELDS,
  PATIENT_FIELD_LABEL_KEYS as LABEL_KEYS,
  type PatientField,
  type PatientFormValues,
} from './patient-form-values.ts';

interface PatientFormProps {
  initial: PatientFormValues;
  submitLabel: string;
  /** Saves; rejects with the ApiError when the server refuses. */
  onSubmit: (input: PatientInput) => Promise<unknown>;
  onCancel: () => void;
}

const NO_ERRORS: SortedErrors<PatientField> = { fields: {}, other: [] };
const LANGUAGE_OPTIONS = LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }));

/** Adding and editing a patient: checked with the server's own schema before it is sent. */
export function PatientForm({ initial, submitLabel, onSubmit, onCancel }: PatientFormProps) {
  const form = useFormState<PatientField>(initial);
  const { values, errors, setErrors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useTranslation('clinician');
  const bind = (field: PatientField) => ({ label: t(LABEL_KEYS[field]), ...form.bind(field) });
  const sexOptions = [
    { value: '', label: t('common.choose') },
    ...SEXES.map((sex) => ({ value: sex, label: sexLabel(t, sex) })),
  ];

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = validateForm(patientInputSchema, values, PATIENT_FIELDS);
    if (!checked.ok) {
      const { fields, other } = checked.errors;
      if (values.sex === '' && fields.sex !== undefined) fields.sex = t('patients.form.chooseSex');
      setErrors({ fields, other });
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      await onSubmit(checked.data);
    } catch (error) {
      if (!isApiError(error)) setFailure(t('patients.form.savingFailed'));
      else if (error.code === 'version-conflict')
        return; // The page explains the conflict.
      else if (error.fieldErrors.length > 0)
        setErrors(sortFieldErrors(error.fieldErrors, PATIENT_FIELDS));
      else if (error.status !== 401) setFailure(error.detail);
    } finally {
      setSaving(false);
    }
  };

  const fieldCount = Object.keys(errors.fields).length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        <Text size="sm">{t('patients.form.required')}</Text>
        <FormProblems
          title={t('patients.form.notSaved')}
          fieldCount={fieldCount}
          messages={[...errors.other, ...(failure === null ? [] : [failure])]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput required autoComplete="off" {...bind('mrn')} />
          <TextInput required type="date" {...bind('birthDate')} />
          <TextInput required autoComplete="off" {...bind('familyName')} />
          <TextInput required autoComplete="off" {...bind('givenName')} />
          <NativeSelect required data={sexOptions} {...bind('sex')} />
          <NativeSelect required data={LANGUAGE_OPTIONS} {...bind('preferredLanguage')} />
          <TextInput type="tel" autoComplete="off" {...bind('phone')} />
          <TextInput type="email" autoComplete="off" {...bind('email')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import {
  HISTOLOGIES,
  OPTIONAL_RISK_TRIGGER_IDS,
  PATHOLOGIC_NODAL_STAGES,
  type ProgramCriteria,
} from '@openiort/guidelines';
import { Button, Checkbox, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useUpdateProgramCriteria } from '../../api/program-criteria.ts';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { FormProblems } from '../../components/form-problems.tsx';
import {
  TRIGGER_LABELS,
  criteriaToFormValues,
  formValuesToCriteria,
  sortCriteriaErrors,
  type CriteriaErrors,
} from './criteria-form-values.ts';

const HISTOLOGY_OPTIONS = HISTOLOGIES.map((h) => ({ value: h, label: valueLabel('histology', h) }));
const STAGE_OPTIONS = PATHOLOGIC_NODAL_STAGES.map((s) => ({ value: s, label: s }));

function CheckboxList({
  label,
  description,
  options,
  value,
  error,
  onChange,
}: {
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  value: string[];
  error?: string | undefined;
  onChange: (value: string[]) => void;
}) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** Changes the program's own criteria; the server saves each change as a new version. */
export function CriteriaForm({
  current,
  onSaved,
}: {
  current: ProgramCriteria;
  onSaved: (version: string) => void;
}) {
  const update = useUpdateProgramCriteria();
  const [values, setValues] = useState(() => criteriaToFormValues(current));
  const [errors, setErrors] = useState<CriteriaErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const { t } = useTranslation('clinician');
  const triggerOptions = OPTIONAL_RISK_TRIGGER_IDS.map((id) => ({
    value: id,
    label: t(TRIGGER_LABELS[id]),
  }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setOther([]);
    const checked = formValuesToCriteria(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      const saved = await update.mutateAsync(checked.criteria);
      onSaved(saved.version);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const sorted = sortCriteriaErrors(error.fieldErrors);
        setErrors(sorted.fields);
        setOther(sorted.other);
      } else if (!isApiError(error) || error.status !== 401) {
        setOther([isApiError(error) ? error.detail : t('patients.form.savingFailed')]);
      }
    }
  };

  const count = Object.keys(errors).length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('programCriteria.form.label')}>
      <Stack gap="md">
        <FormProblems
          title={t('programCriteria.form.notSaved')}
          fieldCount={count}
          messages={other}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('programCriteria.form.age')}
            description={t('programCriteria.form.ageHint')}
            inputMode="numeric"
            value={values.minAgeExclusiveYears}
            error={errors.minAgeExclusiveYears}
            onChange={(e) => {
              setValues({ ...values, minAgeExclusiveYears: e.currentTarget.value });
            }}
          />
          <TextInput
            label={t('programCriteria.form.size')}
            description={t('programCriteria.form.sizeHint')}
            inputMode="decimal"
            value={values.maxSizeExclusiveMm}
            error={errors.maxSizeExclusiveMm}
            onChange={(e) => {
              setValues({ ...values, maxSizeExclusiveMm: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
        <CheckboxList
          label={t('programCriteria.form.histologies')}
          options={HISTOLOGY_OPTIONS}
          value={values.histologies}
          error={errors.histologies}
          onChange={(histologies) => {
            setValues({ ...values, histologies });
          }}
        />
        <Switch
          label={t('programCriteria.form.brca')}
          checked={values.excludeBrcaCarriers}
          error={errors.excludeBrcaCarriers}
          onChange={(e) => {
            setValues({ ...values, excludeBrcaCarriers: e.currentTarget.checked });
          }}
        />
        <CheckboxList
          label={t('programCriteria.form.stages')}
          description={t('programCriteria.form.stagesHint')}
          options={STAGE_OPTIONS}
          value={values.nodeNegativeStages}
          error={errors.nodeNegativeStages}
          onChange={(nodeNegativeStages) => {
            setValues({ ...values, nodeNegativeStages });
          }}
        />
        <CheckboxList
          label={t('programCriteria.form.triggers')}
          description={t('programCriteria.form.triggersHint')}
          options={triggerOptions}
          value={values.extraRiskAdaptedTriggers}
          error={errors.extraRiskAdaptedTriggers}
          onChange={(extraRiskAdaptedTriggers) => {
            setValues({ ...values, extraRiskAdaptedTriggers });
          }}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('programCriteria.form.save')}
          </Button>
          <Button
            variant="default"
            disabled={update.isPending}
            onClick={() => {
              setValues(criteriaToFormValues(current));
              setErrors({});
              setOther([]);
            }}
          >
            {t('programCriteria.form.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import {
  HISTOLOGIES,
  OPTIONAL_RISK_TRIGGER_IDS,
  PATHOLOGIC_NODAL_STAGES,
  type ProgramCriteria,
} from '@openiort/guidelines';
import { Button, Checkbox, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
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
const TRIGGER_OPTIONS = OPTIONAL_RISK_TRIGGER_IDS.map((id) => ({
  value: id,
  label: TRIGGER_LABELS[id],
}));

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
        setOther([isApiError(error) ? error.detail : 'Saving failed. Please try again.']);
      }
    }
  };

  const count = Object.keys(errors).length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Change the program criteria">
      <Stack gap="md">
        <FormProblems title="The criteria were not saved" fieldCount={count} messages={other} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Candidates are older than (years)"
            description="The age itself does not qualify: 60 means 61 and over."
            inputMode="numeric"
            value={values.minAgeExclusiveYears}
            error={errors.minAgeExclusiveYears}
            onChange={(e) => {
              setValues({ ...values, minAgeExclusiveYears: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Tumour smaller than (mm)"
            description="The size itself does not qualify: 30 means under 30 mm."
            inputMode="decimal"
            value={values.maxSizeExclusiveMm}
            error={errors.maxSizeExclusiveMm}
            onChange={(e) => {
              setValues({ ...values, maxSizeExclusiveMm: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
        <CheckboxList
          label="Histologies treated"
          options={HISTOLOGY_OPTIONS}
          value={values.histologies}
          error={errors.histologies}
          onChange={(histologies) => {
            setValues({ ...values, histologies });
          }}
        />
        <Switch
          label="Exclude carriers of a BRCA1 or BRCA2 mutation"
          checked={values.excludeBrcaCarriers}
          error={errors.excludeBrcaCarriers}
          onChange={(e) => {
            setValues({ ...values, excludeBrcaCarriers: e.currentTarget.checked });
          }}
        />
        <CheckboxList
          label="Pathologic nodal stages counted as node-negative"
          description="Before surgery, a clinically node-negative patient (cN0) always counts."
          options={STAGE_OPTIONS}
          value={values.nodeNegativeStages}
          error={errors.nodeNegativeStages}
          onChange={(nodeNegativeStages) => {
            setValues({ ...values, nodeNegativeStages });
          }}
        />
        <CheckboxList
          label="Additional risk-adapted triggers"
          description="Final-pathology findings that add whole-breast radiation after IORT, on top of the TARGIT defaults."
          options={TRIGGER_OPTIONS}
          value={values.extraRiskAdaptedTriggers}
          error={errors.extraRiskAdaptedTriggers}
          onChange={(extraRiskAdaptedTriggers) => {
            setValues({ ...values, extraRiskAdaptedTriggers });
          }}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save as a new version
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
            Reset to current
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

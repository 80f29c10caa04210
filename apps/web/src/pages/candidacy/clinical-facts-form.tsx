import type { ClinicalFacts, FactName } from '@openiort/guidelines';
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { FormProblems } from '../../components/form-problems.tsx';
import { useFormState } from '../../components/use-form-state.ts';
import { FactInputs } from './fact-inputs.tsx';
import { MoreFindings } from './more-findings.tsx';
import { PHASE_FACTS, splitFacts } from './phase-facts.ts';
import { formValuesToFacts, serverFactErrors, type FactFormValues } from './fact-form-values.ts';
import { PhaseSelector } from './phase-selector.tsx';

interface ClinicalFactsFormProps {
  initial: FactFormValues;
  /** Where the starting values came from, said above the form. */
  origin: ReactNode;
  /** The patient's date of birth and the evaluation date (YYYY-MM-DD), to check a typed age. */
  birthDate: string;
  evaluationDate: string;
  /** Evaluates; rejects with the ApiError when the server refuses. */
  onEvaluate: (facts: ClinicalFacts) => Promise<unknown>;
}

/** The clinical facts, every one optional: an empty field is unknown, never guessed. */
export function ClinicalFactsForm(props: ClinicalFactsFormProps) {
  const { initial, origin, birthDate, evaluationDate, onEvaluate } = props;
  const { t } = useTranslation('clinician');
  const form = useFormState<FactName>(initial);
  const { values, setValues, errors, setErrors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: FactName) => (value: string) => {
    setValues({ ...values, [name]: value });
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = formValuesToFacts(t, values);
    if (!checked.ok) {
      setErrors({ fields: checked.errors, other: [] });
      return;
    }
    setErrors({ fields: {}, other: [] });
    setBusy(true);
    try {
      await onEvaluate(checked.facts);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(serverFactErrors(error.fieldErrors));
      } else if (!isApiError(error) || error.status !== 401) {
        setFailure(isApiError(error) ? error.detail : t('candidacy.form.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  const split = splitFacts(values.phase);
  const inputs = { values, errors: errors.fields, onChange: set, birthDate, evaluationDate };
  const fieldCount = Object.keys(errors.fields).length;
  const messages = [...errors.other, ...(failure === null ? [] : [failure])];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('candidacy.form.label')}>
      <Stack gap="md">
        <Text size="sm">{origin}</Text>
        <FormProblems
          title={t('candidacy.form.notEvaluated')}
          fieldCount={fieldCount}
          messages={messages}
        />
        <PhaseSelector value={values.phase} onChange={set('phase')} error={errors.fields.phase} />
        <Fieldset
          legend={
            split.first === PHASE_FACTS['final-pathology']
              ? t('candidacy.form.mainFinal')
              : t('candidacy.form.mainPreoperative')
          }
        >
          <FactInputs facts={split.first} {...inputs} />
        </Fieldset>
        <MoreFindings groups={split.more} {...inputs} />
        <Group className="evaluate-bar" gap="sm" wrap="nowrap">
          <Button type="submit" loading={busy} flex="none">
            {t('candidacy.form.evaluate')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('candidacy.form.evaluateHint')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

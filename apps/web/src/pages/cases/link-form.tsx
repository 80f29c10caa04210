import { Alert, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChange } from '../../api/cases.ts';
import { errorMessage, isApiError } from '../../api/api-error.ts';

interface LinkFormProps {
  caseId: string;
  patientId: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  /** What to say when there is nothing to link. */
  empty: string;
  buttonLabel: string;
  /** The body for the chosen record. */
  toBody: (value: string) => unknown;
  path: 'evaluations' | 'plans';
}

/** Links one of the patient's records (an evaluation, a plan) to the case. */
export function LinkForm(props: LinkFormProps) {
  const { t } = useTranslation('clinician');
  const [choice, setChoice] = useState('');
  const change = useCaseChange(props.caseId, props.patientId);
  if (props.choices.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {props.empty}
      </Text>
    );
  const chosen = choice === '' ? (props.choices[0]?.value ?? '') : choice;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate({ path: props.path, method: 'POST', body: props.toBody(chosen) });
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={props.label}
          data={props.choices}
          value={chosen}
          onChange={(e) => {
            setChoice(e.currentTarget.value);
          }}
          style={{ maxWidth: '100%' }}
        />
        <Button type="submit" loading={change.isPending}>
          {props.buttonLabel}
        </Button>
      </Group>
      {change.isError && (
        <Alert
          mt="xs"
          role="alert"
          color={
            isApiError(change.error) && change.error.code === 'step-refused' ? 'orange' : 'red'
          }
          title={t('cases.linkForm.notLinked')}
        >
          {errorMessage(change.error)}
        </Alert>
      )}
    </form>
  );
}

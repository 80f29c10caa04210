import type { ClinicalFacts } from '@openiort/guidelines';
import { Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import {
  EMPTY_ANSWERS,
  answersToFacts,
  type AnswerErrors,
  type SelfCheckAnswers,
} from './self-check-answers.ts';

interface Choice {
  value: string;
  label: string;
}

const TYPES: Choice[] = [
  { value: 'ductal', label: 'Invasive ductal carcinoma (the most common type)' },
  { value: 'dcis', label: 'Ductal carcinoma in situ (DCIS)' },
  { value: 'lobular', label: 'Invasive lobular carcinoma' },
  { value: 'other', label: 'Another type' },
  { value: 'not-sure', label: 'I am not sure' },
];

const BRCA: Choice[] = [
  { value: 'negative', label: 'Tested: no BRCA mutation found' },
  { value: 'brca1', label: 'Tested: BRCA1 mutation' },
  { value: 'brca2', label: 'Tested: BRCA2 mutation' },
  { value: 'not-sure', label: 'Not tested, or I am not sure' },
];

const NODES: Choice[] = [
  { value: 'no', label: 'No, they are not affected' },
  { value: 'yes', label: 'Yes, they are affected' },
  { value: 'not-sure', label: 'I am not sure' },
];

function Question({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Radio.Group label={label} value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} label={choice.label} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** Five plain questions; anything left out or "not sure" is asked for, never guessed. */
export function SelfCheckForm({
  onCheck,
  busy,
}: {
  onCheck: (facts: ClinicalFacts) => void;
  busy: boolean;
}) {
  const [answers, setAnswers] = useState<SelfCheckAnswers>(EMPTY_ANSWERS);
  const [errors, setErrors] = useState<AnswerErrors>({});
  const set = (patch: Partial<SelfCheckAnswers>) => {
    setAnswers({ ...answers, ...patch });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = answersToFacts(answers);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onCheck(checked.facts);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Self-check questions">
      <Stack gap="lg">
        <TextInput
          label="How old are you?"
          description="In whole years"
          inputMode="numeric"
          autoComplete="off"
          maw={200}
          value={answers.age}
          error={errors.age}
          onChange={(e) => {
            set({ age: e.currentTarget.value });
          }}
        />
        <Question
          label="What type of breast cancer is it?"
          choices={TYPES}
          value={answers.cancerType}
          onChange={(value) => {
            set({ cancerType: value as SelfCheckAnswers['cancerType'] });
          }}
        />
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <TextInput
              label="How big is the tumour?"
              description="Its largest size, as your report or doctor gave it"
              inputMode="decimal"
              autoComplete="off"
              w={320}
              disabled={answers.sizeNotSure}
              value={answers.size}
              error={errors.size}
              onChange={(e) => {
                set({ size: e.currentTarget.value });
              }}
            />
            <Radio.Group
              label="Unit"
              value={answers.sizeUnit}
              onChange={(value) => {
                set({ sizeUnit: value === 'mm' ? 'mm' : 'cm' });
              }}
            >
              <Group gap="md" h={36} align="center">
                <Radio value="cm" label="centimetres (cm)" disabled={answers.sizeNotSure} />
                <Radio value="mm" label="millimetres (mm)" disabled={answers.sizeNotSure} />
              </Group>
            </Radio.Group>
          </Group>
          <Checkbox
            label="I am not sure of the size"
            checked={answers.sizeNotSure}
            onChange={(e) => {
              set({ sizeNotSure: e.currentTarget.checked });
            }}
          />
        </Stack>
        <Question
          label="What did the BRCA gene test show?"
          choices={BRCA}
          value={answers.brca}
          onChange={(value) => {
            set({ brca: value as SelfCheckAnswers['brca'] });
          }}
        />
        <Question
          label="Has the cancer spread to the lymph nodes under the arm?"
          choices={NODES}
          value={answers.nodes}
          onChange={(value) => {
            set({ nodes: value as SelfCheckAnswers['nodes'] });
          }}
        />
        <Group>
          <Button type="submit" loading={busy}>
            Check my answers
          </Button>
          <Text size="sm" c="gray.7">
            We do not ask for your name or contact details.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

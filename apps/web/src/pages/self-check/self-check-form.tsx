import { Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { formatLength, isLanguage } from '@openiort/content';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumber, type AnswerErrors, type SelfCheckAnswers } from './self-check-answers.ts';

function Question({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: { value: string; label: string }[];
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

interface SelfCheckFormProps {
  answers: SelfCheckAnswers;
  errors: AnswerErrors;
  onChange: (patch: Partial<SelfCheckAnswers>) => void;
  onSubmit: () => void;
  busy: boolean;
}

/** Five plain questions; anything left out or "not sure" is asked for, never guessed. */
export function SelfCheckForm({ answers, errors, onChange, onSubmit, busy }: SelfCheckFormProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const typed = parseNumber(answers.size);
  const typedSize =
    typed === null || answers.sizeUnit === ''
      ? ''
      : formatLength(language, typed, answers.sizeUnit);
  const sizeError = errors.size && t(`selfCheck.errors.${errors.size}`, { size: typedSize });
  const askToConfirm = errors.size === 'sizeTooLarge' || errors.size === 'sizeTooSmall';
  const choices = (group: string, values: string[]) =>
    values.map((value) => ({
      value,
      label: t(`selfCheck.${group}.${value === 'not-sure' ? 'notSure' : value}`),
    }));
  return (
    <form onSubmit={submit} noValidate aria-label={t('selfCheck.formLabel')}>
      <Stack gap="lg">
        <TextInput
          label={t('selfCheck.age.label')}
          description={t('selfCheck.age.description')}
          inputMode="numeric"
          autoComplete="off"
          maw={200}
          value={answers.age}
          error={errors.age && t('selfCheck.errors.age')}
          onChange={(e) => {
            onChange({ age: e.currentTarget.value });
          }}
        />
        <Question
          label={t('selfCheck.type.label')}
          choices={choices('type', ['ductal', 'dcis', 'lobular', 'other', 'not-sure'])}
          value={answers.cancerType}
          onChange={(value) => {
            onChange({ cancerType: value as SelfCheckAnswers['cancerType'] });
          }}
        />
        <Stack gap="xs">
          <TextInput
            label={t('selfCheck.size.label')}
            description={t('selfCheck.size.description')}
            inputMode="decimal"
            autoComplete="off"
            maw={320}
            disabled={answers.sizeNotSure}
            value={answers.size}
            error={sizeError}
            onChange={(e) => {
              onChange({ size: e.currentTarget.value });
            }}
          />
          <Radio.Group
            label={t('selfCheck.size.unit')}
            value={answers.sizeUnit}
            onChange={(value) => {
              onChange({ sizeUnit: value === 'mm' ? 'mm' : 'cm' });
            }}
          >
            <Group gap="md" mt={4} wrap="wrap">
              <Radio value="mm" label={t('selfCheck.size.mm')} disabled={answers.sizeNotSure} />
              <Radio value="cm" label={t('selfCheck.size.cm')} disabled={answers.sizeNotSure} />
            </Group>
          </Radio.Group>
          {askToConfirm && (
            <Checkbox
              label={t('selfCheck.size.confirm')}
              checked={answers.sizeConfirmed}
              onChange={(e) => {
                onChange({ sizeConfirmed: e.currentTarget.checked });
              }}
            />
          )}
          <Checkbox
            label={t('selfCheck.size.notSure')}
            checked={answers.sizeNotSure}
            onChange={(e) => {
              onChange({ sizeNotSure: e.currentTarget.checked });
            }}
          />
        </Stack>
        <Question
          label={t('selfCheck.brca.label')}
          choices={choices('brca', ['negative', 'brca1', 'brca2', 'not-sure'])}
          value={answers.brca}
          onChange={(value) => {
            onChange({ brca: value as SelfCheckAnswers['brca'] });
          }}
        />
        <Question
          label={t('selfCheck.nodes.label')}
          choices={choices('nodes', ['no', 'yes', 'not-sure'])}
          value={answers.nodes}
          onChange={(value) => {
            onChange({ nodes: value as SelfCheckAnswers['nodes'] });
          }}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('selfCheck.submit')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('selfCheck.noName')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

import { FACT_FIELDS, type FactName } from '@openiort/guidelines';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { factHelp, valueLabel } from '../../clinical/fact-labels.ts';

interface FactFieldInputProps {
  name: FactName;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

function options(t: TFunction, name: FactName): { value: string; label: string }[] {
  const definition = FACT_FIELDS[name];
  const UNKNOWN = { value: '', label: t('candidacy.field.notKnown') };
  switch (definition.kind) {
    case 'enum':
      return [UNKNOWN, ...definition.values.map((v) => ({ value: v, label: valueLabel(name, v) }))];
    case 'boolean':
      return [
        UNKNOWN,
        { value: 'yes', label: t('candidacy.field.yes') },
        { value: 'no', label: t('candidacy.field.no') },
      ];
    case 'integer': {
      const values: { value: string; label: string }[] = [UNKNOWN];
      for (let n = definition.min; n <= definition.max; n += 1) {
        values.push({ value: String(n), label: t('candidacy.field.grade', { n }) });
      }
      return values;
    }
    case 'number':
      return [];
  }
}

/** One clinical fact as the input its definition calls for; empty always means "not known". */
export function FactFieldInput({ name, value, error, onChange }: FactFieldInputProps) {
  const { t } = useTranslation('clinician');
  const definition = FACT_FIELDS[name];
  const common = {
    value,
    error,
    description: factHelp(name),
    onChange: (e: { currentTarget: { value: string } }) => {
      onChange(e.currentTarget.value);
    },
  };
  const measured =
    definition.kind === 'number' || (definition.kind === 'integer' && definition.unit === 'years');
  if (measured) {
    return (
      <TextInput
        {...common}
        label={t('candidacy.field.withUnit', { label: definition.label, unit: definition.unit })}
        inputMode="decimal"
        autoComplete="off"
        rightSection={
          <Text size="sm" c="gray.7" aria-hidden>
            {definition.unit}
          </Text>
        }
        rightSectionWidth={52}
      />
    );
  }
  return <NativeSelect {...common} label={definition.label} data={options(t, name)} />;
}

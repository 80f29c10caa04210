import type { FactName } from '@openiort/guidelines';
import { SimpleGrid } from '@mantine/core';
import { Fragment } from 'react';
import { AgeCheckWarning } from './age-check-warning.tsx';
import { DerivedTCategory } from './derived-t-category.tsx';
import { FactFieldInput } from './fact-field-input.tsx';
import type { FactFormValues } from './fact-form-values.ts';

export interface FactInputsProps {
  facts: readonly FactName[];
  values: FactFormValues;
  errors: Partial<Record<FactName, string>>;
  onChange: (name: FactName) => (value: string) => void;
  /** The patient's date of birth and the evaluation date (YYYY-MM-DD), to check a typed age. */
  birthDate: string;
  evaluationDate: string;
}

/** Inputs for some facts, two columns wide, with the age check and the derived T category. */
export function FactInputs(props: FactInputsProps) {
  const { facts, values, errors, onChange, birthDate, evaluationDate } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {facts.map((name) => (
        <Fragment key={name}>
          <FactFieldInput
            name={name}
            value={values[name]}
            error={errors[name]}
            onChange={onChange(name)}
          />
          {name === 'ageYears' && (
            <AgeCheckWarning
              ageText={values.ageYears}
              birthDate={birthDate}
              evaluationDate={evaluationDate}
            />
          )}
          {name === 'invasiveSizeMm' && (
            <DerivedTCategory histology={values.histology} sizeText={values.invasiveSizeMm} />
          )}
        </Fragment>
      ))}
    </SimpleGrid>
  );
}

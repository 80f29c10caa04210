import { useState } from 'react';
import type { SortedErrors } from '../api/field-errors.ts';

/**
 * Values and field errors of a form whose fields are all text, plus `bind(field)` giving the
 * value, error and change handler a Mantine input takes.
 */
export function useFormState<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SortedErrors<F>>({ fields: {}, other: [] });
  const bind = (field: F) => ({
    value: values[field],
    error: errors.fields[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      setValues({ ...values, [field]: e.currentTarget.value });
    },
  });
  return { values, setValues, errors, setErrors, bind };
}

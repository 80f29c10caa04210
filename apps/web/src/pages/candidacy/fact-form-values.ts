import {
  FACT_FIELDS,
  FACT_NAMES,
  validateFacts,
  type ClinicalFacts,
  type FactName,
  type FactValue,
} from '@openiort/guidelines';
import type { FieldError } from '@openiort/contract';
import type { TFunction } from 'i18next';

/** The clinical-facts form: every field is text; '' means unknown. Booleans are 'yes' / 'no'. */
export type FactFormValues = Record<FactName, string>;
export type FactFieldErrors = Partial<Record<FactName, string>>;

export const EMPTY_FACT_VALUES = Object.fromEntries(
  FACT_NAMES.map((name) => [name, '']),
) as FactFormValues;

/** Stored facts as form values (unknown facts stay empty). */
export function factsToFormValues(facts: ClinicalFacts): FactFormValues {
  const values = { ...EMPTY_FACT_VALUES };
  for (const name of FACT_NAMES) {
    const value: FactValue | undefined = facts[name];
    if (value === undefined) continue;
    values[name] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  }
  return values;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/** One field's text as a fact value, or the sentence explaining why it is not one. */
function parseField(
  t: TFunction,
  name: FactName,
  text: string,
): { value: FactValue } | { error: string } {
  const definition = FACT_FIELDS[name];
  switch (definition.kind) {
    case 'boolean':
      return text === 'yes' || text === 'no'
        ? { value: text === 'yes' }
        : { error: t('candidacy.values.chooseYesNo') };
    case 'enum':
      return definition.values.includes(text)
        ? { value: text }
        : { error: t('candidacy.values.chooseListed') };
    case 'integer':
      return WHOLE.test(text)
        ? { value: Number(text) }
        : { error: t('candidacy.values.wholeNumber') };
    case 'number': {
      // A decimal comma is accepted: "12,5" and "12.5" are the same size.
      const normalised = text.replace(',', '.');
      return DECIMAL.test(normalised)
        ? { value: Number(normalised) }
        : { error: t('candidacy.values.number', { unit: definition.unit }) };
    }
  }
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Form values as clinical facts: empty fields are left out (unknown), numbers parsed, and every
 * field the engine would refuse named with the reason (same ranges as the server). `t` of the
 * clinician namespace.
 */
export function formValuesToFacts(
  t: TFunction,
  values: FactFormValues,
): { ok: true; facts: ClinicalFacts } | { ok: false; errors: FactFieldErrors } {
  const errors: FactFieldErrors = {};
  const raw: Partial<Record<FactName, FactValue>> = {};
  for (const name of FACT_NAMES) {
    const text = values[name].trim();
    if (text === '') continue;
    const parsed = parseField(t, name, text);
    if ('error' in parsed) errors[name] = parsed.error;
    else raw[name] = parsed.value;
  }
  const checked = validateFacts(raw);
  if (!checked.ok) {
    for (const error of checked.errors) {
      const name = error.path as FactName;
      errors[name] ??= sentence(error.message);
    }
  }
  if (Object.keys(errors).length > 0 || !checked.ok) return { ok: false, errors };
  return { ok: true, facts: checked.facts };
}

/** The server's field errors ("facts.ageYears") on the form's fields; the rest apart. */
export function serverFactErrors(errors: readonly FieldError[]): {
  fields: FactFieldErrors;
  other: string[];
} {
  const fields: FactFieldErrors = {};
  const other: string[] = [];
  for (const error of errors) {
    const name = error.path.replace(/^facts\./, '').split('.')[0] ?? '';
    if ((FACT_NAMES as string[]).includes(name))
      fields[name as FactName] ??= sentence(error.message);
    else other.push(error.message);
  }
  return { fields, other };
}

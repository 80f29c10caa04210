import { FACT_FIELDS, FACT_NAMES, type FieldDefinition } from './fact-fields.ts';
import type { ClinicalFacts, FactName } from './facts.ts';

export interface FactError {
  path: string;
  message: string;
}

export type FactsValidation =
  { ok: true; facts: ClinicalFacts } | { ok: false; errors: FactError[] };

function problem(definition: FieldDefinition, value: unknown): string | null {
  switch (definition.kind) {
    case 'enum':
      return typeof value === 'string' && definition.values.includes(value)
        ? null
        : `must be one of ${definition.values.join(', ')}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'integer':
    case 'number': {
      const whole = definition.kind === 'integer';
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (whole && !Number.isInteger(value))
      ) {
        return `must be a ${whole ? 'whole number' : 'number'} (${definition.unit})`;
      }
      const unit = definition.unit === 'grade' ? '' : ` ${definition.unit}`;
      return value < definition.min || value > definition.max
        ? `must be from ${String(definition.min)} to ${String(definition.max)}${unit}`
        : null;
    }
  }
}

/**
 * Checks one facts object. Every bad field is named with what is allowed; `null` counts as
 * unknown, like an absent field. Nothing is coerced: "62" is not a number.
 */
export function validateFacts(input: unknown): FactsValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ path: '(facts)', message: 'must be a JSON object of clinical facts' }],
    };
  }
  const errors: FactError[] = [];
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(FACT_NAMES as string[]).includes(key)) {
      errors.push({
        path: key,
        message: `is not a clinical fact; allowed: ${FACT_NAMES.join(', ')}`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const message = problem(FACT_FIELDS[key as FactName], value);
    if (message === null) facts[key] = value;
    else errors.push({ path: key, message });
  }
  return errors.length === 0 ? { ok: true, facts: facts } : { ok: false, errors };
}

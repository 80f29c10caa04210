import { z } from 'zod';
import { FACT_FIELDS, FACT_NAMES, type FieldDefinition } from './fact-fields.ts';
import type { ClinicalFacts } from './facts.ts';

export interface FactError {
  path: string;
  message: string;
}

export type FactsValidation =
  { ok: true; facts: ClinicalFacts } | { ok: false; errors: FactError[] };

/** The Zod schema of one fact, from its row in FACT_FIELDS (the one table the form reads too). */
function factSchema(definition: FieldDefinition): z.ZodType {
  switch (definition.kind) {
    case 'enum': {
      const message = `must be one of ${definition.values.join(', ')}`;
      return z.string({ error: message }).refine((v) => definition.values.includes(v), message);
    }
    case 'boolean':
      return z.boolean({ error: 'must be true or false' });
    case 'integer':
    case 'number': {
      const whole = definition.kind === 'integer';
      const unit = definition.unit === 'grade' ? '' : ` ${definition.unit}`;
      const type = `must be a ${whole ? 'whole number' : 'number'} (${definition.unit})`;
      const range = `must be from ${String(definition.min)} to ${String(definition.max)}${unit}`;
      return z
        .number({ error: type })
        .refine((v) => !whole || Number.isInteger(v), { message: type, abort: true })
        .refine((v) => v >= definition.min && v <= definition.max, range);
    }
  }
}

/**
 * Clinical facts, strict: an unknown key is refused by name; `null` counts as unknown, like an
 * absent field. Nothing is coerced: "62" is not a number.
 */
export const clinicalFactsSchema = z.strictObject(
  Object.fromEntries(FACT_NAMES.map((name) => [name, factSchema(FACT_FIELDS[name]).nullish()])),
);

/** Zod issues as fact errors; an unknown key is named with the facts that exist. */
export function factErrorsOf(error: z.ZodError, whole: string, unknownKey: string): FactError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: path === '' ? key : `${path}.${key}`,
          message: unknownKey,
        }))
      : [{ path: path === '' ? whole : path, message: issue.message }];
  });
}

/** Checks one facts object; every bad field is named with what is allowed. */
export function validateFacts(input: unknown): FactsValidation {
  const parsed = clinicalFactsSchema.safeParse(input);
  if (!parsed.success) {
    const errors = factErrorsOf(
      parsed.error,
      '(facts)',
      `is not a clinical fact; allowed: ${FACT_NAMES.join(', ')}`,
    ).map((e) =>
      e.path === '(facts)' ? { ...e, message: 'must be a JSON object of clinical facts' } : e,
    );
    return { ok: false, errors };
  }
  const facts = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== null && value !== undefined),
  );
  return { ok: true, facts: facts };
}

import { validateFacts, type ClinicalFacts, type FactError } from '@openiort/guidelines';
import type { AppError } from '../http/app-error.ts';
import { z } from 'zod';
import { invalidFields, validate } from '../http/validate.ts';

/** The validator's name for "the whole facts object". */
const WHOLE_OBJECT = '(facts)';

/**
 * Checks clinical facts sent over HTTP. Field paths get `prefix` ("facts." when the facts sit
 * inside a request body); the whole object is named "facts", or "(body)" when it is the body.
 */
export function parseFacts(input: unknown, prefix: string): ClinicalFacts {
  const result = validateFacts(input);
  if (result.ok) return result.facts;
  const whole = prefix === '' ? '(body)' : prefix.replace(/\.$/, '');
  throw invalidFields(
    'clinical facts',
    result.errors.map((e) => ({
      path: e.path === WHOLE_OBJECT ? whole : `${prefix}${e.path}`,
      message: e.message,
    })),
  );
}

const evaluationRequestSchema = z.strictObject({
  // The engine checks the facts themselves (clinicalFactsSchema): one validation path for them.
  facts: z.unknown(),
});

/** The body of POST /api/patients/:id/evaluations is `{ "facts": {…} }` and nothing else. */
export function factsOfEvaluationRequest(body: unknown): unknown {
  return validate(evaluationRequestSchema, body, 'evaluation request').facts;
}

/** Program-criteria errors as a validation problem naming each field. */
export function invalidCriteria(errors: FactError[]): AppError {
  return invalidFields('program criteria', errors);
}

import { validateFacts, type ClinicalFacts, type FactError } from '@openiort/guidelines';
import { AppError } from '../http/app-error.ts';

/** The validator's name for "the whole facts object". */
const WHOLE_OBJECT = '(facts)';

function invalid(what: string, errors: FactError[]): AppError {
  return new AppError(
    'validation-failed',
    `The ${what} has ${String(errors.length)} invalid field${errors.length === 1 ? '' : 's'}: ${errors
      .map((e) => e.path)
      .join(', ')}.`,
    { errors },
  );
}

/**
 * Checks clinical facts sent over HTTP. Field paths get `prefix` ("facts." when the facts sit
 * inside a request body); the whole object is named "facts", or "(body)" when it is the body.
 */
export function parseFacts(input: unknown, prefix: string): ClinicalFacts {
  const result = validateFacts(input);
  if (result.ok) return result.facts;
  const whole = prefix === '' ? '(body)' : prefix.replace(/\.$/, '');
  throw invalid(
    'clinical facts',
    result.errors.map((e) => ({
      path: e.path === WHOLE_OBJECT ? whole : `${prefix}${e.path}`,
      message: e.message,
    })),
  );
}

/** The body of POST /api/patients/:id/evaluations is `{ "facts": {…} }` and nothing else. */
export function factsOfEvaluationRequest(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('evaluation request', [
      { path: '(body)', message: 'must be a JSON object: { "facts": { … } }' },
    ]);
  }
  const extra = Object.keys(body).filter((key) => key !== 'facts');
  if (extra.length > 0) {
    throw invalid(
      'evaluation request',
      extra.map((key) => ({ path: key, message: 'is not allowed; send { "facts": { … } }' })),
    );
  }
  return (body as { facts?: unknown }).facts;
}

/** Program-criteria errors as a validation problem naming each field. */
export function invalidCriteria(errors: FactError[]): AppError {
  return invalid('program criteria', errors);
}

import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.ts';

/**
 * Deepest nesting a JSON body may have. The deepest body OpenIORT reads is a plan request
 * (request → input → prescription: 3 levels); 32 leaves room for any future form while staying
 * far below the depths that overflow the stack when a value is walked or serialised (thousands).
 */
export const MAX_JSON_DEPTH = 32;

/** Whether the JSON text opens more than `max` nested arrays or objects (strings skipped). */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * Request bodies are JSON, nothing else. The depth is checked on the text before parsing, then Fastify's own parser runs
 * (which refuses `__proto__` and `constructor.prototype` keys).
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  // Bodies are JSON only: any other type (text/plain included) is refused with 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(
        new AppError(
          'validation-failed',
          `The body nests objects or arrays deeper than ${String(MAX_JSON_DEPTH)} levels.`,
        ),
        undefined,
      );
      return;
    }
    void parseJson(request, text, done);
  });
}

import { CHECKLIST_KEYS, type FieldError } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { cleanUntrusted } from './untrusted-text.ts';
import { invalidFields } from './validate.ts';

/** An id as OpenIORT makes them (crypto.randomUUID: RFC 9562 version 4, lower-case hex). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What each path parameter name holds. A route whose path names a parameter not listed here
 * stops the server at start, so no parameter reaches a service unchecked.
 */
const PATH_PARAMETERS: Record<string, (value: string) => string | undefined> = {
  id: (v) =>
    UUID.test(v) ? undefined : 'must be an id (a UUID, as shown in the record’s address)',
  planId: (v) => (UUID.test(v) ? undefined : 'must be a plan id (a UUID)'),
  caseId: (v) => (UUID.test(v) ? undefined : 'must be a case id (a UUID)'),
  sessionId: (v) => (UUID.test(v) ? undefined : 'must be an OR session id (a UUID)'),
  checklistKey: (v) =>
    (CHECKLIST_KEYS as readonly string[]).includes(v)
      ? undefined
      : `must be one of ${CHECKLIST_KEYS.join(', ')}`,
  itemId: (v) =>
    /^[a-z0-9][a-z0-9-]{0,59}$/.test(v)
      ? undefined
      : 'must be a checklist item id (1–60 lower-case letters, digits or hyphens)',
  userId: (v) => (UUID.test(v) ? undefined : 'must be an account id (a UUID)'),
  // The rest of an asset path, resolved inside the assets folder by the static file server.
  '*': () => undefined,
};

/** The parameter names in a route pattern ("/api/plans/:planId" → ["planId"]). */
function parameterNames(url: string): string[] {
  const names = [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
  return url.endsWith('*') ? [...names, '*'] : names;
}

/**
 * Every request's body, query and path parameters are cleaned in one place before any route
 * sees them: text with NUL, unpaired surrogates, control or bidirectional-override characters is
 * refused with the field named, other text is normalised to NFC, and path ids must be ids.
 * The route's own strict schema then checks the shape.
 */
export function registerRequestInput(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    for (const name of parameterNames(route.url)) {
      if (PATH_PARAMETERS[name] === undefined)
        throw new Error(`Route ${route.url}: path parameter "${name}" has no declared format.`);
    }
  });

  app.addHook('preValidation', (request, _reply, done) => {
    const errors: FieldError[] = [];
    const params = cleanUntrusted(request.params, '', errors) as Record<string, string>;
    for (const [name, value] of Object.entries(params)) {
      if (errors.some((e) => e.path === name)) continue; // already refused as text
      const problem = PATH_PARAMETERS[name]?.(value);
      if (problem !== undefined) errors.push({ path: name, message: problem });
    }
    const query = cleanUntrusted(request.query, '', errors);
    const body = request.body === undefined ? undefined : cleanUntrusted(request.body, '', errors);
    if (errors.length > 0) {
      done(invalidFields('request', errors));
      return;
    }
    request.params = params;
    request.query = query;
    request.body = body;
    done();
  });
}

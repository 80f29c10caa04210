import type { FastifyInstance, FastifyRequest } from 'fastify';
import { matchedAccess } from './access-control.ts';
import { AppError } from './app-error.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin this request was addressed to, as the browser sees it. */
function expectedOrigin(request: FastifyRequest, publicOrigin: string | null): string {
  return publicOrigin ?? `${request.protocol}://${request.host}`;
}

/**
 * Refuses state-changing requests whose Origin is missing or another site's: a second line of
 * defence against cross-site request forgery beside SameSite=Strict cookies (OWASP CSRF
 * Prevention Cheat Sheet, "Verifying origin with standard headers"). It applies to every matched
 * route, whatever the URL looked like; a request that matched nothing changes nothing.
 */
export function registerOriginCheck(app: FastifyInstance, publicOrigin: string | null): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || matchedAccess(request) === undefined) {
      done();
      return;
    }
    const origin = request.headers.origin;
    const expected = expectedOrigin(request, publicOrigin);
    if (origin === expected) {
      done();
      return;
    }
    done(
      new AppError(
        'origin-rejected',
        origin === undefined
          ? 'Changes must come from the OpenIORT web page (the Origin header is missing).'
          : `Changes must come from ${expected}, not ${origin}.`,
      ),
    );
  });
}

import type { FastifyInstance } from 'fastify';
import { selfCheck, selfCheckCriteria } from '../candidacy/self-check-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';

const SELF_CHECK_WINDOW = '15 minutes';

/**
 * The public candidacy self-check. Facts a visitor types are answered and forgotten: nothing is
 * stored or audited, and request bodies are never logged (app.ts logs method, path and address).
 */
export function selfCheckRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post(
    '/api/self-check',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: ctx.config.selfChecksPerWindow,
          timeWindow: SELF_CHECK_WINDOW,
          errorResponseBuilder: () =>
            new AppError(
              'rate-limited',
              `Too many self-checks from this address. Wait ${SELF_CHECK_WINDOW} and try again.`,
            ),
        },
      },
    },
    (request) => selfCheck(ctx.db, request.body),
  );

  app.get('/api/self-check/criteria', { config: { access: 'public' } }, () =>
    selfCheckCriteria(ctx.db),
  );
}

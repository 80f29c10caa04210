import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { signerOf } from '../auth/reauthenticate.ts';
import { cosignLimits, limitsOverview, proposeLimits } from './limits-service.ts';
import { signingRateLimit } from '../http/signing-rate-limit.ts';

type IdParams = { Params: { id: string } };

export function programLimitsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/program-limits', { config: { access: 'limits:read' } }, () =>
    limitsOverview(ctx.db),
  );

  app.post(
    '/api/program-limits/proposals',
    { config: { access: 'limits:propose' } },
    async (request, reply) =>
      reply.code(201).send(await proposeLimits(ctx, request.body, actorOf(request))),
  );

  app.post<IdParams>(
    '/api/program-limits/proposals/:id/cosignature',
    { config: { access: 'limits:cosign', rateLimit: signingRateLimit(ctx) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await cosignLimits(
            ctx,
            request.params.id,
            request.body,
            signerOf(request),
            actorOf(request),
          ),
        ),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import type { LiveBus } from '../live/live-bus.ts';
import type { OrSessionService } from './or-session-service.ts';
import { OpenStreams, streamSession } from './or-session-stream.ts';

type PlanParams = { Params: { planId: string } };
type SessionParams = { Params: { sessionId: string } };

export function orSessionRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  bus: LiveBus,
  service: OrSessionService,
): void {
  const open = new OpenStreams();
  // Fastify's close waits for open connections; a stream would keep it waiting for ever.
  app.addHook('preClose', (done) => {
    open.endAll();
    done();
  });

  app.post<PlanParams>(
    '/api/plans/:planId/or-sessions',
    { config: { access: 'delivery:operate' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.create(
            request.params.planId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  app.get<PlanParams>(
    '/api/plans/:planId/or-sessions',
    { config: { access: 'delivery:read' } },
    async (request) => ({ items: await service.listForPlan(request.params.planId) }),
  );

  app.get<SessionParams>(
    '/api/or-sessions/:sessionId',
    { config: { access: 'delivery:read' } },
    (request) => service.state(request.params.sessionId),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/events',
    { config: { access: 'delivery:operate' } },
    (request) =>
      service.postEvent(
        request.params.sessionId,
        request.body,
        requireUser(request),
        actorOf(request),
      ),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/abandon',
    { config: { access: 'delivery:decide' } },
    (request) =>
      service.abandon(
        request.params.sessionId,
        request.body,
        requireUser(request),
        actorOf(request),
      ),
  );

  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/stream',
    { config: { access: 'delivery:read' } },
    (request, reply) => streamSession(ctx, bus, service, open, request, reply),
  );

  // The server's clock, for devices to measure their offset from it (Cristian's algorithm).
  app.get('/api/time', { config: { access: 'delivery:read' } }, () => ({
    serverNow: ctx.now().toISOString(),
  }));
}

import type { FastifyInstance } from 'fastify';
import { actorOf, requireUser } from '../http/request-context.ts';
import type { OrReconciliationService } from './or-reconciliation-service.ts';

type SessionParams = { Params: { sessionId: string } };

export function orReconciliationRoutes(
  app: FastifyInstance,
  service: OrReconciliationService,
): void {
  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/reconciliation',
    { config: { access: 'delivery:read' } },
    (request) => service.reconciliation(request.params.sessionId),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/reconciliation',
    { config: { access: 'reconciliation:record' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.recordReconciliation(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/reconciliation/acknowledgement',
    { config: { access: 'reconciliation:record' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.acknowledge(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/measurements',
    { config: { access: 'delivery:read' } },
    (request) => service.measurements(request.params.sessionId),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/measurements',
    { config: { access: 'measurement:record' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.recordMeasurement(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );
}

import type { FastifyInstance } from 'fastify';
import { signerOf } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import { printTreatmentRecord } from './record-print.ts';
import type { RecordService } from './record-service.ts';

type SessionParams = { Params: { sessionId: string } };

export function recordRoutes(app: FastifyInstance, ctx: ServiceContext, service: RecordService) {
  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/record',
    { config: { access: 'delivery:read' } },
    (request) => service.record(request.params.sessionId, requireUser(request)),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/record/signatures',
    { config: { access: 'record:sign' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.sign(
            request.params.sessionId,
            request.body,
            signerOf(request),
            actorOf(request),
          ),
        ),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/record/addenda',
    { config: { access: 'record:addendum' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addendum(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/record.pdf',
    { config: { access: 'delivery:read' } },
    async (request, reply) => {
      const printed = await printTreatmentRecord(
        ctx,
        service,
        request.params.sessionId,
        request.query,
        requireUser(request),
        actorOf(request),
      );
      // Patient data: never kept by a browser or proxy cache.
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${printed.filename}"`)
        .header('cache-control', 'no-store')
        .send(printed.pdf);
    },
  );
}

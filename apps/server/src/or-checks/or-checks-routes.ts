import type { ChecklistKey } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { actorOf, requireUser } from '../http/request-context.ts';
import type { OrChecksService } from './or-checks-service.ts';

type SessionParams = { Params: { sessionId: string } };
type ItemParams = { Params: { sessionId: string; checklistKey: ChecklistKey; itemId: string } };

export function orChecksRoutes(app: FastifyInstance, service: OrChecksService): void {
  app.get<SessionParams>(
    '/api/or-sessions/:sessionId/checks',
    { config: { access: 'delivery:read' } },
    (request) => service.checks(request.params.sessionId),
  );

  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/output-checks',
    { config: { access: 'output-check:record' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.recordOutputCheck(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  // Recomputes the plan the session delivers; the same people who edit plans may do it.
  app.post<SessionParams>(
    '/api/or-sessions/:sessionId/final-plan',
    { config: { access: 'plan:write' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.finalPlan(
            request.params.sessionId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );

  // The path parameters' formats are checked before this (request-input.ts: checklistKey, itemId).
  app.post<ItemParams>(
    '/api/or-sessions/:sessionId/checklists/:checklistKey/items/:itemId/answers',
    { config: { access: 'checklist:answer' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.answer(
            request.params.sessionId,
            request.params.checklistKey,
            request.params.itemId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );
}

import type { ChecklistsInForce, ChecklistVersionList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { checklistVersions, checklistsInForce, saveChecklistVersion } from './checklist-service.ts';

export function checklistRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/api/checklists',
    { config: { access: 'checklist:read' } },
    async (): Promise<ChecklistsInForce> => ({
      items: await checklistsInForce(ctx.db),
    }),
  );

  app.get(
    '/api/checklists/versions',
    { config: { access: 'checklist:read' } },
    async (): Promise<ChecklistVersionList> => ({ items: await checklistVersions(ctx.db) }),
  );

  app.post(
    '/api/checklists/versions',
    { config: { access: 'checklist:manage' } },
    async (request, reply) =>
      reply.code(201).send(await saveChecklistVersion(ctx, request.body, actorOf(request))),
  );
}

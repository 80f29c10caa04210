import { worklistQuerySchema, type CaseList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { createCase, getCase, listPatientCases } from './case-service.ts';
import { caseStepRoutes } from './case-step-routes.ts';
import { listStaff, loadWorklist } from './worklist-service.ts';

type IdParams = { Params: { id: string } };
type CaseParams = { Params: { caseId: string } };

/** The case pathway: cases under a patient, one case, its steps, the worklist (issue 12). */
export function caseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<IdParams>(
    '/api/patients/:id/cases',
    { config: { access: 'case:refer' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCase(ctx, request.params.id, request.body, actorOf(request))),
  );

  app.get<IdParams>(
    '/api/patients/:id/cases',
    { config: { access: 'case:read' } },
    async (request): Promise<CaseList> => ({
      items: await listPatientCases(ctx, request.params.id, actorOf(request)),
    }),
  );

  app.get<CaseParams>('/api/cases/:caseId', { config: { access: 'case:read' } }, (request) =>
    getCase(ctx, request.params.caseId, actorOf(request)),
  );

  app.get('/api/worklist', { config: { access: 'case:read' } }, (request) =>
    loadWorklist(
      ctx,
      validate(worklistQuerySchema, request.query, 'worklist filter'),
      requireUser(request),
      actorOf(request),
    ),
  );

  app.get('/api/staff', { config: { access: 'case:read' } }, () => listStaff(ctx));

  caseStepRoutes(app, ctx);
}

import type { EvaluationList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { evaluateForPatient, listEvaluations } from '../candidacy/evaluation-service.ts';
import { factsOfEvaluationRequest } from '../candidacy/facts-input.ts';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';

type IdParams = { Params: { id: string } };

export function evaluationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<IdParams>(
    '/api/patients/:id/evaluations',
    { config: { access: 'evaluation:write' } },
    async (request, reply) => {
      const facts = factsOfEvaluationRequest(request.body);
      const evaluation = await evaluateForPatient(ctx, request.params.id, facts, actorOf(request));
      return reply.code(201).send(evaluation);
    },
  );

  app.get<IdParams>(
    '/api/patients/:id/evaluations',
    { config: { access: 'evaluation:read' } },
    async (request): Promise<EvaluationList> => ({
      items: await listEvaluations(ctx, request.params.id, actorOf(request)),
    }),
  );
}

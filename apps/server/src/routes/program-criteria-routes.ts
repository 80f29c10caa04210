import type { FastifyInstance } from 'fastify';
import {
  programCriteriaOverview,
  updateProgramCriteria,
} from '../candidacy/program-criteria-service.ts';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';

export function programCriteriaRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/program-criteria', { config: { access: 'evaluation:read' } }, () =>
    programCriteriaOverview(ctx.db),
  );

  app.put('/api/program-criteria', { config: { access: 'program:manage' } }, (request) =>
    updateProgramCriteria(ctx, request.body, actorOf(request)),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { printPlanReport } from './plan-report-service.ts';

type PlanParams = { Params: { planId: string } };

export function reportRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<PlanParams>(
    '/api/plans/:planId/report.pdf',
    { config: { access: 'plan:read' } },
    async (request, reply) => {
      const report = await printPlanReport(
        ctx,
        request.params.planId,
        request.query,
        actorOf(request),
      );
      // Patient data: never kept by a browser or proxy cache.
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${report.filename}"`)
        .header('cache-control', 'no-store')
        .send(report.pdf);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { printHandout } from './handout-service.ts';

type PatientParams = { Params: { id: string } };

export function handoutRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<PatientParams>(
    '/api/patients/:id/handout.pdf',
    { config: { access: 'handout:print' } },
    async (request, reply) => {
      const handout = await printHandout(ctx, request.params.id, request.query, actorOf(request));
      // Patient data: never kept by a browser or proxy cache.
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${handout.filename}"`)
        .header('cache-control', 'no-store')
        .send(handout.pdf);
    },
  );
}

import type { PlanList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf, requireUser } from '../http/request-context.ts';
import { signingRateLimit } from '../http/signing-rate-limit.ts';
import { signerOf } from '../auth/reauthenticate.ts';
import { signPlan } from './plan-signature-service.ts';
import { createPlan, getPlan, listPlanVersions, listPlans, updatePlan } from './plan-service.ts';

type IdParams = { Params: { id: string } };
type PlanParams = { Params: { planId: string } };

/**
 * `changed` is told after a plan version is saved or signed (the OR consoles waiting for it read
 * their beam-on gates again).
 */
export function planRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  changed: (planId: string) => Promise<void> = () => Promise.resolve(),
): void {
  app.post<IdParams>(
    '/api/patients/:id/plans',
    { config: { access: 'plan:write' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlan(
            ctx,
            request.params.id,
            request.body,
            signerOf(request),
            actorOf(request),
          ),
        ),
  );

  app.get<IdParams>(
    '/api/patients/:id/plans',
    { config: { access: 'plan:read' } },
    async (request): Promise<PlanList> => ({
      items: await listPlans(ctx, request.params.id, actorOf(request)),
    }),
  );

  app.get<PlanParams>('/api/plans/:planId', { config: { access: 'plan:read' } }, (request) =>
    getPlan(ctx, request.params.planId, actorOf(request)),
  );

  app.get<PlanParams>(
    '/api/plans/:planId/versions',
    { config: { access: 'plan:read' } },
    async (request): Promise<PlanList> => ({
      items: await listPlanVersions(ctx, request.params.planId, actorOf(request)),
    }),
  );

  app.put<PlanParams>(
    '/api/plans/:planId',
    { config: { access: 'plan:write' } },
    async (request) => {
      const plan = await updatePlan(
        ctx,
        request.params.planId,
        request.body,
        requireUser(request),
        actorOf(request),
      );
      await changed(plan.id);
      return plan;
    },
  );

  app.post<PlanParams>(
    '/api/plans/:planId/signatures',
    { config: { access: 'plan:sign', rateLimit: signingRateLimit(ctx) } },
    async (request, reply) => {
      const plan = await signPlan(
        ctx,
        request.params.planId,
        request.body,
        signerOf(request),
        actorOf(request),
      );
      await changed(plan.id);
      return reply.code(201).send(plan);
    },
  );
}

import type { PlanList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { signPlan } from '../dosimetry/plan-signature-service.ts';
import { createPlan, getPlan, listPlans, updatePlan } from '../dosimetry/plan-service.ts';
import { AppError } from '../http/app-error.ts';
import { actorOf, requireUser } from '../http/request-context.ts';

type IdParams = { Params: { id: string } };
type PlanParams = { Params: { planId: string } };

const SIGN_WINDOW = '15 minutes';

export function planRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<IdParams>(
    '/api/patients/:id/plans',
    { config: { access: 'plan:write' } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createPlan(ctx, request.params.id, request.body, actorOf(request))),
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

  app.put<PlanParams>('/api/plans/:planId', { config: { access: 'plan:write' } }, (request) =>
    updatePlan(ctx, request.params.planId, request.body, actorOf(request)),
  );

  // Signing asks for the password again, so it is rate-limited like sign-in, per signer.
  app.post<PlanParams>(
    '/api/plans/:planId/signatures',
    {
      config: {
        access: 'plan:sign',
        rateLimit: {
          max: ctx.config.loginAttemptsPerWindow,
          timeWindow: SIGN_WINDOW,
          hook: 'preHandler',
          keyGenerator: (request) => `sign:${request.sessionUser?.id ?? request.ip}`,
          errorResponseBuilder: () =>
            new AppError(
              'rate-limited',
              `Too many signing attempts. Wait ${SIGN_WINDOW} and try again.`,
            ),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await signPlan(
            ctx,
            request.params.planId,
            request.body,
            requireUser(request),
            actorOf(request),
          ),
        ),
  );
}

import { breakGlassSchema, signInPolicySchema } from '@openiort/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { setBreakGlass } from '../users/break-glass.ts';
import { setLocalSignIn } from './sign-in-policy.ts';

const userIdOf = (request: FastifyRequest) => (request.params as { userId: string }).userId;

/** The administrator's switch for password sign-in, and the break-glass mark on accounts. */
export function signInPolicyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.put('/api/sign-in-policy', { config: { access: 'user:manage' } }, async (request) => {
    const input = validate(signInPolicySchema, request.body, 'sign-in policy');
    return { localSignIn: await setLocalSignIn(ctx, input.localSignIn, actorOf(request)) };
  });

  app.put('/api/users/:userId/break-glass', { config: { access: 'user:manage' } }, (request) => {
    const input = validate(breakGlassSchema, request.body, 'break-glass mark');
    return setBreakGlass(ctx, userIdOf(request), input.breakGlass, actorOf(request));
  });
}

import {
  noInputSchema,
  userCreateSchema,
  userRoleSchema,
  userStatusSchema,
} from '@openiort/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { changeRole, resetPassword, setAccountActive, unlockAccount } from './account-service.ts';
import { createUser, listUsers } from './user-service.ts';

/** The account id from the path, already checked as a UUID by the request-input rules. */
const userIdOf = (request: FastifyRequest) => (request.params as { userId: string }).userId;

export function userRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/users', { config: { access: 'user:read' } }, (request) =>
    listUsers(ctx, actorOf(request)),
  );

  app.post('/api/users', { config: { access: 'user:manage' } }, async (request, reply) => {
    const input = validate(userCreateSchema, request.body, 'account form');
    const user = await createUser(ctx, input, actorOf(request), { mustChangePassword: true });
    return reply.code(201).send(user);
  });

  app.put('/api/users/:userId/status', { config: { access: 'user:manage' } }, (request) => {
    const input = validate(userStatusSchema, request.body, 'account status');
    return setAccountActive(ctx, userIdOf(request), input.active, actorOf(request));
  });

  app.put('/api/users/:userId/role', { config: { access: 'user:manage' } }, (request) => {
    const input = validate(userRoleSchema, request.body, 'role');
    return changeRole(ctx, userIdOf(request), input.role, actorOf(request));
  });

  app.post(
    '/api/users/:userId/password-reset',
    { config: { access: 'user:manage' } },
    (request) => {
      validate(noInputSchema, request.body, 'password reset');
      return resetPassword(ctx, userIdOf(request), actorOf(request));
    },
  );

  app.post('/api/users/:userId/unlock', { config: { access: 'user:manage' } }, (request) => {
    validate(noInputSchema, request.body, 'unlock');
    return unlockAccount(ctx, userIdOf(request), actorOf(request));
  });
}

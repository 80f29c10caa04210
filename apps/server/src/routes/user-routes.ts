import { userCreateSchema } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { createUser, listUsers } from '../users/user-service.ts';

export function userRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/users', { config: { access: 'user:read' } }, (request) =>
    listUsers(ctx, actorOf(request)),
  );

  app.post('/api/users', { config: { access: 'user:manage' } }, async (request, reply) => {
    const input = validate(userCreateSchema, request.body, 'account form');
    return reply.code(201).send(await createUser(ctx, input, actorOf(request)));
  });
}

import { patientInputSchema, patientSearchSchema, patientUpdateSchema } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import {
  createPatient,
  getPatient,
  searchPatients,
  updatePatient,
} from '../patients/patient-service.ts';

type IdParams = { Params: { id: string } };

export function patientRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/patients', { config: { access: 'patient:read' } }, (request) =>
    searchPatients(ctx, validate(patientSearchSchema, request.query, 'search'), actorOf(request)),
  );

  app.post('/api/patients', { config: { access: 'patient:write' } }, async (request, reply) => {
    const input = validate(patientInputSchema, request.body, 'patient form');
    return reply.code(201).send(await createPatient(ctx, input, actorOf(request)));
  });

  app.get<IdParams>('/api/patients/:id', { config: { access: 'patient:read' } }, (request) =>
    getPatient(ctx, request.params.id, actorOf(request)),
  );

  app.put<IdParams>('/api/patients/:id', { config: { access: 'patient:write' } }, (request) =>
    updatePatient(
      ctx,
      request.params.id,
      validate(patientUpdateSchema, request.body, 'patient form'),
      actorOf(request),
    ),
  );
}

import type { SourceModelList } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { listSourceModels } from '../dosimetry/source-model-store.ts';

export function sourceModelRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/api/source-models',
    { config: { access: 'plan:read' } },
    async (): Promise<SourceModelList> => ({ items: await listSourceModels(ctx.db) }),
  );
}

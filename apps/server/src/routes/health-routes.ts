import type { HealthResponse } from '@openiort/contract';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { schemaVersion } from '../db/migrate.ts';

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext, version: string): void {
  app.get('/api/health', { config: { access: 'public' } }, async (request, reply) => {
    let reachable = false;
    let schema: string | null = null;
    try {
      await sql`select 1`.execute(ctx.db);
      reachable = true;
      schema = await schemaVersion({ db: ctx.db, dialect: ctx.dialect });
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database unreachable');
    }
    const body: HealthResponse = {
      status: reachable ? 'ok' : 'unavailable',
      version,
      database: { dialect: ctx.dialect, reachable, schemaVersion: schema },
    };
    return reply.code(reachable ? 200 : 503).send(body);
  });
}

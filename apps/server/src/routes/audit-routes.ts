import { auditQuerySchema } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { queryAudit } from '../audit/audit-query.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { verifyAuditChain } from '../audit/audit-verify.ts';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';

export function auditRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/audit', { config: { access: 'audit:read' } }, async (request) => {
    const query = validate(auditQuerySchema, request.query, 'audit filter');
    const page = await queryAudit(ctx.db, query);
    // Audit rows hold patient data, so reading them is itself audited.
    await recordAudit(ctx, {
      actor: actorOf(request),
      action: 'audit.read',
      outcome: 'success',
      detail: { query, returned: page.items.length },
    });
    return page;
  });

  app.get('/api/audit/verify', { config: { access: 'audit:read' } }, () =>
    verifyAuditChain(ctx.db, ctx.auditKeys),
  );
}

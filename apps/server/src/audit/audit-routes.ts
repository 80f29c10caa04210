import { auditExportQuerySchema, auditQuerySchema } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { Readable } from 'node:stream';
import { auditCsvChunks } from './audit-csv.ts';
import { auditExportSize, exportAuditBatches, queryAudit } from './audit-query.ts';
import { recordAudit } from './audit-service.ts';
import { verifyAuditChain } from './audit-verify.ts';

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

  app.get('/api/audit/export.csv', { config: { access: 'audit:read' } }, async (request, reply) => {
    const query = validate(auditExportQuerySchema, request.query, 'audit filter');
    // Every matching row, however many: an audit export that stopped at a cap would look
    // complete and not be. Its size is fixed first, so its own audit row can state it.
    const size = await auditExportSize(ctx.db, query);
    // The export carries the same patient data as the page, so it is audited as a read too.
    await recordAudit(ctx, {
      actor: actorOf(request),
      action: 'audit.export',
      outcome: 'success',
      detail: { query, returned: size.rows, uptoSeq: size.uptoSeq },
    });
    const day = ctx.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="openiort-audit-${day}.csv"`)
      .send(Readable.from(auditCsvChunks(exportAuditBatches(ctx.db, query, size.uptoSeq))));
  });

  app.get('/api/audit/verify', { config: { access: 'audit:read' } }, () =>
    verifyAuditChain(ctx.db, ctx.auditKeys),
  );
}

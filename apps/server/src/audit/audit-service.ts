import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import type { AuditEvent } from './audit-event.ts';
import { appendAudit } from './audit-writer.ts';

/** Records an event in its own transaction (for reads and security events that change nothing else). */
export async function recordAudit(ctx: ServiceContext, event: AuditEvent): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await appendAudit(trx, ctx, ctx.now(), event);
  });
}

/**
 * Runs `work` and records `event(result)` in the same transaction: the change and its audit row
 * commit together, or neither does.
 */
export async function withAudit<T>(
  ctx: ServiceContext,
  work: (trx: Kysely<Database>) => Promise<T>,
  event: (result: T) => AuditEvent,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await appendAudit(trx, ctx, ctx.now(), event(result));
    return result;
  });
}

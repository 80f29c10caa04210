import type { ServiceContext } from '../context.ts';
import { lockKeyedHead } from './audit-writer.ts';

/**
 * Run once at start (server and CLI): refuses a key that does not match the chain (AppError
 * audit-key-mismatch) and keys a chain still made of plain SHA-256 rows, recording in the chain
 * the sequence from which rows are keyed.
 */
export async function openAuditChain(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockKeyedHead(trx, ctx, ctx.now());
  });
}

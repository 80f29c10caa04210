import type { ServiceContext } from '../context.ts';
import type { MigrationReport } from '../db/migrate.ts';
import { lockKeyedHead } from './audit-writer.ts';

/** The migration after which existing plain SHA-256 rows are keyed. */
const KEYING_MIGRATION = '0005-audit-keyed';

/**
 * Run once at start (server and CLI), after migrating: refuses a key that does not match the
 * chain (AppError audit-key-mismatch). When this very start applied migration 0005, rows chained
 * with plain SHA-256 are followed by the row recording from which sequence rows are keyed; that
 * sequence is returned (null when nothing was keyed now).
 */
export async function openAuditChain(
  ctx: ServiceContext,
  migrated: Pick<MigrationReport, 'applied'>,
): Promise<number | null> {
  const upgrade = migrated.applied.includes(KEYING_MIGRATION);
  return ctx.db.transaction().execute(async (trx) => {
    const opened = await lockKeyedHead(trx, ctx, upgrade ? ctx.now() : null);
    return opened.keyedFromSeq;
  });
}

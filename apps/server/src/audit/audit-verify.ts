import type { AuditVerification } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ChainWalk } from './audit-chain-walk.ts';
import { readAuditHead } from './audit-head.ts';
import type { AuditKeyring } from './audit-key.ts';

const BATCH = 1000;

/**
 * Walks the whole chain in order and reports the first row that does not fit: a changed value,
 * a removed or reordered row, a row or head whose HMAC does not match this instance's keys, or
 * a head that does not match the last row (rows cut off the end).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  keyring: AuditKeyring,
): Promise<AuditVerification> {
  const walk = new ChainWalk(keyring);
  const broken = (seq: number, reason: string): AuditVerification => ({
    ok: false,
    rowsChecked: walk.rowsChecked,
    firstBrokenSeq: seq,
    reason,
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', walk.rowsChecked)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const problem = walk.row(row);
      if (problem !== null) return broken(problem.seq, problem.reason);
    }
    if (rows.length < BATCH) break;
  }
  const problem = walk.head(await readAuditHead(db));
  if (problem !== null) return broken(problem.seq, problem.reason);
  return { ok: true, rowsChecked: walk.rowsChecked };
}

import type { AuditVerification } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { GENESIS_HASH, auditRowHash } from './audit-hash.ts';

const BATCH = 1000;

/**
 * Walks the whole chain in order and reports the first row that does not fit: a changed value,
 * a removed or reordered row, or a head that does not match the last row (rows cut off the end).
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        rowsChecked: expectedSeq - 1,
        firstBrokenSeq: expectedSeq,
        reason,
      });
      if (seq !== expectedSeq) return broken(`row ${String(expectedSeq)} is missing`);
      if (row.prev_hash !== prevHash) return broken('its link to the previous row does not match');
      if (auditRowHash(prevHash, row) !== row.hash) return broken('its contents were changed');
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < BATCH) break;
  }
  const rowsChecked = expectedSeq - 1;
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  const headSeq = Number(head?.last_seq ?? 0);
  if (headSeq !== rowsChecked || (head !== undefined && head.last_hash !== prevHash)) {
    return {
      ok: false,
      rowsChecked,
      firstBrokenSeq: Math.min(headSeq, rowsChecked) + 1,
      reason: `the chain head records ${String(headSeq)} rows but ${String(rowsChecked)} are present`,
    };
  }
  return { ok: true, rowsChecked };
}

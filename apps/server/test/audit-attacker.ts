import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, auditHeadMac, auditRowHash, auditRowMac } from '../src/audit/audit-hash.ts';
import type { AuditKey } from '../src/audit/audit-key.ts';
import type { DatabaseHandle } from '../src/db/create-database.ts';
import type { Database } from '../src/db/schema.ts';

// What someone with write access to the database (and, for `rehashWith`, the key) would do.

/** First step of any rewrite: remove the append-only and forward-only triggers. */
export async function dropGuards(handle: DatabaseHandle): Promise<void> {
  const statements =
    handle.dialect === 'sqlite'
      ? [
          'drop trigger audit_log_no_update',
          'drop trigger audit_log_no_delete',
          'drop trigger audit_head_forward_only',
          'drop trigger audit_head_no_delete',
          'drop trigger audit_head_single_row',
        ]
      : [
          'drop trigger audit_log_append_only on audit_log',
          'drop trigger audit_head_forward_only on audit_head',
          'drop trigger audit_head_no_truncate on audit_head',
        ];
  for (const statement of statements) await sql.raw(statement).execute(handle.db);
}

export type Rehash = { kind: 'plain'; stripKeys: boolean } | { kind: 'keyed'; key: AuditKey };

/**
 * Changes row `seq`'s detail, then recomputes the hash of that row and every later one, and the
 * head: with plain SHA-256 (optionally dropping the key ids, as if the chain had never been
 * keyed) or, for an insider holding the key, with the HMAC.
 */
export async function rewriteFrom(
  db: Kysely<Database>,
  seq: number,
  detail: string,
  rehash: Rehash,
): Promise<void> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prevHash = GENESIS_HASH;
  for (const original of rows) {
    const rowSeq = Number(original.seq);
    if (rowSeq < seq) {
      prevHash = original.hash;
      continue;
    }
    const row = {
      ...original,
      detail: rowSeq === seq ? detail : original.detail,
      key_id: rehash.kind === 'plain' && rehash.stripKeys ? null : original.key_id,
      prev_hash: prevHash,
    };
    const hash =
      rehash.kind === 'plain'
        ? auditRowHash(prevHash, row)
        : auditRowMac(rehash.key, prevHash, row);
    await db
      .updateTable('audit_log')
      .set({ detail: row.detail, key_id: row.key_id, prev_hash: prevHash, hash })
      .where('seq', '=', rowSeq)
      .execute();
    prevHash = hash;
  }
  const lastSeq = rows.length;
  const head =
    rehash.kind === 'keyed'
      ? { key_id: rehash.key.id, mac: auditHeadMac(rehash.key, lastSeq, prevHash) }
      : rehash.stripKeys
        ? { key_id: null, mac: null }
        : {};
  await db
    .updateTable('audit_head')
    .set({ last_hash: prevHash, ...head })
    .where('id', '=', 1)
    .execute();
}

/** Deletes every row after `keep` and points the head at row `keep`. */
export async function truncateAndMoveHead(db: Kysely<Database>, keep: number): Promise<void> {
  await db.deleteFrom('audit_log').where('seq', '>', keep).execute();
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', keep)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('audit_head')
    .set({ last_seq: keep, last_hash: row.hash })
    .where('id', '=', 1)
    .execute();
}

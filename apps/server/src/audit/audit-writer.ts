import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from '../db/create-database.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import type { AuditLogTable, Database } from '../db/schema.ts';
import type { AuditEvent } from './audit-event.ts';
import { GENESIS_HASH, auditRowHash } from './audit-hash.ts';

const toJson = (value: unknown): string | null =>
  value === undefined ? null : JSON.stringify(value);

/**
 * Appends one event to the chain. Call it inside the transaction that makes the change it
 * records, so the change and its audit row commit together or not at all.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  dialect: DatabaseHandle['dialect'],
  at: Date,
  event: AuditEvent,
): Promise<Selectable<AuditLogTable>> {
  // One writer at a time extends the chain. SQLite transactions are already serial; on
  // PostgreSQL several app instances share the table, so they queue on an advisory lock.
  await serialize(trx, dialect, LOCKS.audit);
  const head = await trx
    .selectFrom('audit_head')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirst();
  const prevHash = head?.last_hash ?? GENESIS_HASH;
  const seq = Number(head?.last_seq ?? 0) + 1;
  const fields = {
    seq,
    at: at.toISOString(),
    actor_id: event.actor.id,
    actor_email: event.actor.email,
    actor_role: event.actor.role,
    action: event.action,
    record_type: event.recordType ?? null,
    record_id: event.recordId ?? null,
    outcome: event.outcome,
    client_address: event.actor.clientAddress,
    detail: toJson(event.detail),
    before_json: toJson(event.before),
    after_json: toJson(event.after),
  };
  const row = {
    ...fields,
    prev_hash: prevHash,
    hash: auditRowHash(prevHash, fields),
  };
  await trx.insertInto('audit_log').values(row).execute();
  if (head === undefined) {
    await trx
      .insertInto('audit_head')
      .values({ id: 1, last_seq: seq, last_hash: row.hash })
      .execute();
  } else {
    await trx
      .updateTable('audit_head')
      .set({ last_seq: seq, last_hash: row.hash })
      .where('id', '=', 1)
      .execute();
  }
  return row;
}

import type { Kysely, Selectable } from 'kysely';
import type { ServiceContext } from '../context.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import type { AuditLogTable, Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import type { AuditEvent } from './audit-event.ts';
import { GENESIS_HASH, auditHeadMac, auditRowMac } from './audit-hash.ts';
import { assertHeadMatchesKey, readAuditHead, type AuditHead } from './audit-head.ts';
import type { AuditKey } from './audit-key.ts';
import { keyedMarkerFields } from './audit-markers.ts';

/** What the chain needs from the service context. */
export type AuditChainContext = Pick<ServiceContext, 'dialect' | 'auditKeys'>;

export type AuditRow = Selectable<AuditLogTable>;
/** A row's values before it is placed in the chain. */
export type AuditRowFields = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash' | 'key_id'>;

const toJson = (value: unknown): string | null =>
  value === undefined ? null : JSON.stringify(value);

export function eventFields(at: Date, event: AuditEvent): AuditRowFields {
  return {
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
}

/**
 * Places one row after `head`, keyed with `key`, and moves the head (with its HMAC) to it. The
 * caller holds the audit lock. Returns the new row and head.
 */
export async function appendRow(
  trx: Kysely<Database>,
  head: AuditHead | undefined,
  key: AuditKey,
  fields: AuditRowFields | ((seq: number, prevHash: string) => AuditRowFields),
): Promise<{ row: AuditRow; head: AuditHead }> {
  const prevHash = head?.last_hash ?? GENESIS_HASH;
  const seq = Number(head?.last_seq ?? 0) + 1;
  const values = typeof fields === 'function' ? fields(seq, prevHash) : fields;
  const unhashed = { ...values, seq, key_id: key.id };
  const row = { ...unhashed, prev_hash: prevHash, hash: auditRowMac(key, prevHash, unhashed) };
  await trx.insertInto('audit_log').values(row).execute();
  const next = {
    last_seq: seq,
    last_hash: row.hash,
    key_id: key.id,
    mac: auditHeadMac(key, seq, row.hash),
  };
  if (head === undefined)
    await trx
      .insertInto('audit_head')
      .values({ id: 1, ...next })
      .execute();
  else await trx.updateTable('audit_head').set(next).where('id', '=', 1).execute();
  return { row, head: { id: 1, ...next } };
}

/**
 * Takes the audit lock and returns the head, checked against this instance's key. SQLite
 * transactions are already serial; PostgreSQL instances sharing the table queue on an advisory
 * lock. A non-empty chain whose head has no HMAC is keyed only when `keyLegacyAt` is given (the
 * start right after migration 0005): one row then records from which sequence rows are keyed.
 * Any other time such a head means rows or head were rewritten as plain SHA-256, and keying them
 * would bless the rewrite.
 */
export async function lockKeyedHead(
  trx: Kysely<Database>,
  chain: AuditChainContext,
  keyLegacyAt: Date | null = null,
): Promise<{ head: AuditHead | undefined; keyedFromSeq: number | null }> {
  await serialize(trx, chain.dialect, LOCKS.audit);
  const head = await readAuditHead(trx);
  assertHeadMatchesKey(head, chain.auditKeys);
  if (head === undefined || head.key_id !== null) return { head, keyedFromSeq: null };
  if (keyLegacyAt === null) {
    throw new AppError(
      'audit-key-mismatch',
      `The audit chain head (row ${String(head.last_seq)}) carries no HMAC although this database was keyed already: ` +
        'its rows or head were rewritten. Run "openiort audit verify" and investigate before writing more.',
    );
  }
  const key = chain.auditKeys.current;
  const keyed = await appendRow(trx, head, key, (seq) => keyedMarkerFields(keyLegacyAt, seq, key));
  return { head: keyed.head, keyedFromSeq: Number(keyed.row.seq) };
}

/**
 * Appends one event to the chain. Call it inside the transaction that makes the change it
 * records, so the change and its audit row commit together or not at all.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  chain: AuditChainContext,
  at: Date,
  event: AuditEvent,
): Promise<AuditRow> {
  const { head } = await lockKeyedHead(trx, chain);
  return (await appendRow(trx, head, chain.auditKeys.current, eventFields(at, event))).row;
}

import { createHash, createHmac } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema.ts';
import type { AuditKey } from './audit-key.ts';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = Omit<Selectable<AuditLogTable>, 'hash' | 'prev_hash'>;

/** The stored values in a fixed order; `key_id` is not among them (rows before keying had none). */
function storedValues(row: HashedFields): unknown[] {
  return [
    Number(row.seq),
    row.at,
    row.actor_id,
    row.actor_email,
    row.actor_role,
    row.action,
    row.record_type,
    row.record_id,
    row.outcome,
    row.client_address,
    row.detail,
    row.before_json,
    row.after_json,
  ];
}

/**
 * SHA-256 over the previous row's hash and this row's stored values: how rows were chained
 * before the chain was keyed (migration 0005). Kept so those rows stay verifiable.
 */
export function auditRowHash(prevHash: string, row: HashedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(JSON.stringify(storedValues(row)))
    .digest('hex');
}

/**
 * HMAC-SHA-256 of the same message plus the key's id: without the key nobody can recompute it,
 * so a rewritten row cannot be made to fit (docs/adr/0010-keyed-audit-chain.md).
 */
export function auditRowMac(key: AuditKey, prevHash: string, row: HashedFields): string {
  return createHmac('sha256', key.secret)
    .update(prevHash)
    .update('\n')
    .update(JSON.stringify([...storedValues(row), row.key_id]))
    .digest('hex');
}

/** The head's own HMAC over (last sequence, last hash); prefixed so no row MAC can stand in. */
export function auditHeadMac(key: AuditKey, lastSeq: number, lastHash: string): string {
  return createHmac('sha256', key.secret)
    .update(`openiort-audit-head\n${String(lastSeq)}\n${lastHash}\n${key.id}`)
    .digest('hex');
}

/**
 * Proof, under the outgoing key, that its holder started the next segment: a leaked old key
 * alone cannot write a rotation back to itself.
 */
export function auditRotationProof(oldKey: AuditKey, prevHash: string, newKeyId: string): string {
  return createHmac('sha256', oldKey.secret)
    .update(`openiort-audit-rotation\n${prevHash}\n${newKeyId}`)
    .digest('hex');
}

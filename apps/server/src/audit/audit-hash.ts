import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema.ts';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = Omit<Selectable<AuditLogTable>, 'hash' | 'prev_hash'>;

/**
 * SHA-256 over the previous row's hash and this row's stored values, in a fixed order. Any change
 * to a stored value, or to the order of rows, changes every hash after it.
 */
export function auditRowHash(prevHash: string, row: HashedFields): string {
  const fields = [
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
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(JSON.stringify(fields))
    .digest('hex');
}

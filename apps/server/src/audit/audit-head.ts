import type { Kysely, Selectable } from 'kysely';
import type { AuditHeadTable, Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { auditHeadMac } from './audit-hash.ts';
import type { AuditKeyring } from './audit-key.ts';

export type AuditHead = Selectable<AuditHeadTable>;

export async function readAuditHead(db: Kysely<Database>): Promise<AuditHead | undefined> {
  return db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
}

/**
 * Refuses to extend a chain this instance cannot vouch for: a head keyed with another key, or
 * one whose HMAC does not match (moved or rewritten). Extending it would launder the change, so
 * writes stop instead (503, code audit-key-mismatch) and the server does not start.
 */
export function assertHeadMatchesKey(head: AuditHead | undefined, keyring: AuditKeyring): void {
  if (head?.key_id == null) return;
  const { current } = keyring;
  if (head.key_id !== current.id) {
    throw new AppError(
      'audit-key-mismatch',
      `The audit chain is keyed with key ${head.key_id}, but this instance's audit key is ${current.id}. ` +
        'Every instance sharing a database must use the same key (OPENIORT_AUDIT_KEY or OPENIORT_AUDIT_KEY_FILE); ' +
        'after "openiort audit rotate-key", restart each instance with the new key.',
    );
  }
  if (head.mac !== auditHeadMac(current, Number(head.last_seq), head.last_hash)) {
    throw new AppError(
      'audit-key-mismatch',
      `The audit chain head (row ${String(head.last_seq)}) does not verify with audit key ${current.id}: ` +
        'the head was changed in the database. Run "openiort audit verify" and investigate before writing more.',
    );
  }
}

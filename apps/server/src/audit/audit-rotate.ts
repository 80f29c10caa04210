import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import type { Actor } from './audit-event.ts';
import { GENESIS_HASH, auditRotationProof } from './audit-hash.ts';
import type { AuditKey } from './audit-key.ts';
import { rotatedMarkerFields } from './audit-markers.ts';
import { appendRow, lockKeyedHead } from './audit-writer.ts';

export interface Rotation {
  seq: number;
  previousKeyId: string;
  keyId: string;
}

/**
 * Starts a new segment keyed with `next`: one `audit.key-rotated` row, HMAC'd with the new key
 * and carrying a proof under the current one. Refused when the head does not verify with the
 * current key, so a rotation never blesses a tampered chain.
 */
export async function rotateAuditKey(
  ctx: ServiceContext,
  next: AuditKey,
  actor: Actor,
): Promise<Rotation> {
  const current = ctx.auditKeys.current;
  if (next.id === current.id) {
    throw new AppError('conflict', 'The new audit key is the current one: choose another key.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now();
    const { head } = await lockKeyedHead(trx, ctx);
    const prevHash = head?.last_hash ?? GENESIS_HASH;
    const detail = {
      previousKeyId: current.id,
      keyId: next.id,
      previousKeyProof: auditRotationProof(current, prevHash, next.id),
    };
    const { row } = await appendRow(trx, head, next, rotatedMarkerFields(at, detail, actor.email));
    return { seq: Number(row.seq), previousKeyId: current.id, keyId: next.id };
  });
}

import { createHmac } from 'node:crypto';

/** Shortest key accepted, in characters: a 32-character random text carries ≥ 128 bits. */
export const MIN_AUDIT_KEY_LENGTH = 32;

/** One HMAC key of the audit chain. Only its id is ever stored in the database. */
export interface AuditKey {
  /** First 16 hex digits of HMAC(key, "openiort-audit-key-id"): names the key, reveals nothing. */
  id: string;
  secret: Buffer;
}

/** The key new rows are written with, and earlier keys for verifying older segments. */
export interface AuditKeyring {
  current: AuditKey;
  previous: AuditKey[];
}

export function auditKeyFromText(text: string): AuditKey {
  const secret = Buffer.from(text, 'utf8');
  const id = createHmac('sha256', secret)
    .update('openiort-audit-key-id')
    .digest('hex')
    .slice(0, 16);
  return { id, secret };
}

/** The key a segment names, if this instance has it. */
export function findAuditKey(keyring: AuditKeyring, id: string): AuditKey | undefined {
  return [keyring.current, ...keyring.previous].find((key) => key.id === id);
}

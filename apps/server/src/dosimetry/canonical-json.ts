import { createHash } from 'node:crypto';
import { canonicalJson } from '@openiort/contract';

/** sha256 (hex) of the canonical JSON: the checksum stored with models and plans. */
export function checksumOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

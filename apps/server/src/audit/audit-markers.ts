import type { AuditKey } from './audit-key.ts';
import type { AuditRowFields } from './audit-writer.ts';

/** The chain's own rows name the system, not a person. */
const SYSTEM = {
  actor_id: null,
  actor_email: 'system',
  actor_role: null,
  client_address: null,
} as const;

/** What an `audit.keyed` row records: rows from `keyedFromSeq` on are HMACs under `keyId`. */
export interface KeyedDetail {
  keyedFromSeq: number;
  keyId: string;
}

/** What an `audit.key-rotated` row records; the proof is an HMAC under the previous key. */
export interface RotatedDetail {
  previousKeyId: string;
  keyId: string;
  previousKeyProof: string;
}

const markerFields = (at: Date, action: string, detail: unknown): AuditRowFields => ({
  ...SYSTEM,
  at: at.toISOString(),
  action,
  record_type: 'audit-chain',
  record_id: null,
  outcome: 'success',
  detail: JSON.stringify(detail),
  before_json: null,
  after_json: null,
});

/** The first keyed row after plain SHA-256 rows: it records where keyed rows begin. */
export function keyedMarkerFields(at: Date, seq: number, key: AuditKey): AuditRowFields {
  const detail: KeyedDetail = { keyedFromSeq: seq, keyId: key.id };
  return markerFields(at, 'audit.keyed', detail);
}

export function rotatedMarkerFields(
  at: Date,
  detail: RotatedDetail,
  actorEmail: string | null,
): AuditRowFields {
  return {
    ...markerFields(at, 'audit.key-rotated', detail),
    actor_email: actorEmail,
    client_address: 'cli',
  };
}

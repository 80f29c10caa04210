import {
  GENESIS_HASH,
  auditHeadMac,
  auditRotationProof,
  auditRowHash,
  auditRowMac,
} from './audit-hash.ts';
import type { AuditHead } from './audit-head.ts';
import { findAuditKey, type AuditKeyring } from './audit-key.ts';
import type { KeyedDetail, RotatedDetail } from './audit-markers.ts';
import type { AuditRow } from './audit-writer.ts';

/** The first thing wrong with the chain: the row where it breaks and why. */
export interface ChainBreak {
  seq: number;
  reason: string;
}

const parseDetail = (row: AuditRow): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(row.detail ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/**
 * Checks rows one at a time, in order, keeping only the previous hash and the segment's key.
 * Rules (docs/adr/0010-keyed-audit-chain.md): plain SHA-256 rows may only come first; the first
 * keyed row after them is an `audit.keyed` row naming its own sequence; the key changes only at
 * an `audit.key-rotated` row that carries a proof under the outgoing key; the head names the
 * last row, is keyed with this instance's current key and carries a matching HMAC.
 */
export class ChainWalk {
  readonly #keyring: AuditKeyring;
  #prevHash = GENESIS_HASH;
  #segmentKeyId: string | null = null;
  rowsChecked = 0;

  constructor(keyring: AuditKeyring) {
    this.#keyring = keyring;
  }

  row(row: AuditRow): ChainBreak | null {
    const seq = Number(row.seq);
    const expected = this.rowsChecked + 1;
    const broken = (reason: string): ChainBreak => ({ seq: expected, reason });
    if (seq !== expected) return broken(`row ${String(expected)} is missing`);
    if (row.prev_hash !== this.#prevHash)
      return broken('its link to the previous row does not match');
    const problem = row.key_id === null ? this.#plain(row) : this.#keyed(row, seq);
    if (problem !== null) return broken(problem);
    this.#prevHash = row.hash;
    this.rowsChecked = seq;
    return null;
  }

  #plain(row: AuditRow): string | null {
    if (this.#segmentKeyId !== null) return 'a row without a key follows keyed rows';
    return auditRowHash(this.#prevHash, row) === row.hash ? null : 'its contents were changed';
  }

  #keyed(row: AuditRow, seq: number): string | null {
    const keyId = row.key_id ?? '';
    const key = findAuditKey(this.#keyring, keyId);
    if (key === undefined) {
      return `it is keyed with audit key ${keyId}, which this instance does not have (earlier keys go in OPENIORT_AUDIT_PREVIOUS_KEYS or its file)`;
    }
    if (auditRowMac(key, this.#prevHash, row) !== row.hash)
      return 'its contents were changed (its HMAC does not match)';
    const detail = parseDetail(row);
    if (this.#segmentKeyId === null) {
      this.#segmentKeyId = keyId;
      if (seq === 1) return null;
      const marker = detail as Partial<KeyedDetail>;
      return row.action === 'audit.keyed' && marker.keyedFromSeq === seq && marker.keyId === keyId
        ? null
        : 'keyed rows begin without the row that records it';
    }
    if (row.action === 'audit.keyed') return 'a second "keyed from" row';
    if (keyId === this.#segmentKeyId) {
      return row.action === 'audit.key-rotated' ? 'a key rotation that keeps the same key' : null;
    }
    return this.#rotation(row, keyId, detail);
  }

  #rotation(row: AuditRow, keyId: string, detail: Partial<RotatedDetail>): string | null {
    const previousKeyId = this.#segmentKeyId ?? '';
    const previous = findAuditKey(this.#keyring, previousKeyId);
    const valid =
      row.action === 'audit.key-rotated' &&
      detail.keyId === keyId &&
      detail.previousKeyId === previousKeyId &&
      previous !== undefined &&
      detail.previousKeyProof === auditRotationProof(previous, this.#prevHash, keyId);
    if (!valid)
      return `the key changes from ${previousKeyId} to ${keyId} without a valid rotation row`;
    this.#segmentKeyId = keyId;
    return null;
  }

  /** After the last row: the head must name it and carry this instance's key and a valid HMAC. */
  head(head: AuditHead | undefined): ChainBreak | null {
    const count = this.rowsChecked;
    const headSeq = Number(head?.last_seq ?? 0);
    if (headSeq !== count || (head !== undefined && head.last_hash !== this.#prevHash)) {
      return {
        seq: Math.min(headSeq, count) + 1,
        reason: `the chain head records ${String(headSeq)} rows but ${String(count)} are present`,
      };
    }
    if (head === undefined) return null;
    const at = { seq: count + 1 };
    if (head.key_id === null || head.mac === null) {
      return {
        ...at,
        reason:
          'the chain head carries no HMAC (the chain was never keyed, or the key was stripped)',
      };
    }
    const { current } = this.#keyring;
    if (head.key_id !== current.id || head.key_id !== this.#segmentKeyId) {
      return {
        ...at,
        reason: `the chain head is keyed with ${head.key_id}, not with the current audit key ${current.id}`,
      };
    }
    if (auditHeadMac(current, count, head.last_hash) !== head.mac) {
      return { ...at, reason: 'the chain head was moved or rewritten (its HMAC does not match)' };
    }
    return null;
  }
}

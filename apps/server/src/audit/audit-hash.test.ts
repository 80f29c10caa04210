import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  auditHeadMac,
  auditRowHash,
  auditRowMac,
  type HashedFields,
} from './audit-hash.ts';
import { auditKeyFromText } from './audit-key.ts';

const row: HashedFields = {
  seq: 1,
  at: '2026-11-26T08:00:00.000Z',
  actor_id: 'u1',
  actor_email: 'nina@example.org',
  actor_role: 'nurse',
  action: 'patient.read',
  record_type: 'patient',
  record_id: 'p1',
  outcome: 'success',
  client_address: '127.0.0.1',
  detail: null,
  before_json: null,
  after_json: null,
  key_id: null,
};

describe('auditRowHash', () => {
  it('is a SHA-256 hex digest that depends on every field and on the previous hash', () => {
    const base = auditRowHash(GENESIS_HASH, row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash(GENESIS_HASH, { ...row })).toBe(base);
    for (const key of (Object.keys(row) as (keyof HashedFields)[]).filter((k) => k !== 'key_id')) {
      const changed = { ...row, [key]: key === 'seq' ? 2 : 'changed' };
      expect(auditRowHash(GENESIS_HASH, changed), key).not.toBe(base);
    }
    expect(auditRowHash('1'.repeat(64), row)).not.toBe(base);
  });

  it('does not confuse a null with the text "null"', () => {
    expect(auditRowHash(GENESIS_HASH, { ...row, detail: 'null' })).not.toBe(
      auditRowHash(GENESIS_HASH, row),
    );
  });
});

describe('auditRowMac and auditHeadMac', () => {
  const key = auditKeyFromText('k'.repeat(32));
  const other = auditKeyFromText('o'.repeat(32));
  const keyed = { ...row, key_id: key.id };

  it('needs the key: another key, or plain SHA-256, gives another value', () => {
    const mac = auditRowMac(key, GENESIS_HASH, keyed);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowMac(other, GENESIS_HASH, keyed)).not.toBe(mac);
    expect(auditRowHash(GENESIS_HASH, keyed)).not.toBe(mac);
  });

  it('covers every field, the key id and the previous hash', () => {
    const base = auditRowMac(key, GENESIS_HASH, keyed);
    for (const field of Object.keys(keyed) as (keyof HashedFields)[]) {
      const changed = { ...keyed, [field]: field === 'seq' ? 2 : 'changed' };
      expect(auditRowMac(key, GENESIS_HASH, changed), field).not.toBe(base);
    }
    expect(auditRowMac(key, '1'.repeat(64), keyed)).not.toBe(base);
  });

  it('keys the head over its sequence and hash, apart from any row MAC', () => {
    const head = auditHeadMac(key, 5, 'a'.repeat(64));
    expect(auditHeadMac(key, 4, 'a'.repeat(64))).not.toBe(head);
    expect(auditHeadMac(key, 5, 'b'.repeat(64))).not.toBe(head);
    expect(auditHeadMac(other, 5, 'a'.repeat(64))).not.toBe(head);
  });
});

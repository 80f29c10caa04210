import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditRowHash, type HashedFields } from './audit-hash.ts';

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
};

describe('auditRowHash', () => {
  it('is a SHA-256 hex digest that depends on every field and on the previous hash', () => {
    const base = auditRowHash(GENESIS_HASH, row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash(GENESIS_HASH, { ...row })).toBe(base);
    for (const key of Object.keys(row) as (keyof HashedFields)[]) {
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

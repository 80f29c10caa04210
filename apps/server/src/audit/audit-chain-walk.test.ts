import { describe, expect, it } from 'vitest';
import { ChainWalk } from './audit-chain-walk.ts';
import { GENESIS_HASH, auditHeadMac, auditRotationProof, auditRowMac } from './audit-hash.ts';
import type { AuditHead } from './audit-head.ts';
import { auditKeyFromText, type AuditKey } from './audit-key.ts';
import type { AuditRow } from './audit-writer.ts';

const K1 = auditKeyFromText('first-key-'.padEnd(40, '1'));
const K2 = auditKeyFromText('second-key-'.padEnd(40, '2'));
const keyring = { current: K2, previous: [K1] };

/** Rows as the writer makes them: each keyed, linked to the one before. */
function chain(steps: { key: AuditKey; action?: string; detail?: (prev: string) => unknown }[]) {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  steps.forEach((step, i) => {
    const fields = {
      seq: i + 1,
      at: '2026-11-28T08:00:00.000Z',
      actor_id: null,
      actor_email: 'system',
      actor_role: null,
      action: step.action ?? 'patient.read',
      record_type: null,
      record_id: null,
      outcome: 'success',
      client_address: null,
      detail: step.detail === undefined ? null : JSON.stringify(step.detail(prev)),
      before_json: null,
      after_json: null,
      key_id: step.key.id,
    };
    const hash = auditRowMac(step.key, prev, fields);
    rows.push({ ...fields, prev_hash: prev, hash });
    prev = hash;
  });
  return rows;
}

const rotation = (from: AuditKey, to: AuditKey) => ({
  key: to,
  action: 'audit.key-rotated',
  detail: (prev: string) => ({
    previousKeyId: from.id,
    keyId: to.id,
    previousKeyProof: auditRotationProof(from, prev, to.id),
  }),
});

const headOf = (rows: AuditRow[], key: AuditKey): AuditHead => {
  const last = rows.at(-1);
  const seq = rows.length;
  const hash = last?.hash ?? GENESIS_HASH;
  return {
    id: 1,
    last_seq: seq,
    last_hash: hash,
    key_id: key.id,
    mac: auditHeadMac(key, seq, hash),
  };
};

function walk(rows: AuditRow[], head: AuditHead) {
  const w = new ChainWalk(keyring);
  for (const row of rows) {
    const problem = w.row(row);
    if (problem !== null) return problem;
  }
  return w.head(head);
}

describe('ChainWalk across a key rotation', () => {
  const rotated = chain([{ key: K1 }, { key: K1 }, rotation(K1, K2), { key: K2 }]);

  it('accepts a rotation proven with the old key, old rows checked with the previous key', () => {
    expect(walk(rotated, headOf(rotated, K2))).toBeNull();
  });

  it('refuses a key change without a rotation row', () => {
    const rows = chain([{ key: K1 }, { key: K2 }]);
    expect(walk(rows, headOf(rows, K2))).toMatchObject({
      seq: 2,
      reason: expect.stringMatching(/without a valid rotation row/) as unknown,
    });
  });

  it('refuses a rotation back to a leaked old key (its proof would need the current key)', () => {
    const forged = chain([
      { key: K1 },
      rotation(K1, K2),
      {
        ...rotation(K1, K1),
        detail: (prev: string) => ({
          previousKeyId: K2.id,
          keyId: K1.id,
          previousKeyProof: auditRotationProof(K1, prev, K1.id),
        }),
      },
    ]);
    expect(walk(forged, headOf(forged, K1))).toMatchObject({ seq: 3 });
  });

  it('refuses a chain cut back into the old segment with its head re-keyed by the old key', () => {
    const cut = rotated.slice(0, 2);
    expect(walk(cut, headOf(cut, K1))).toMatchObject({
      seq: 3,
      reason: expect.stringMatching(/not with the current audit key/) as unknown,
    });
  });
});

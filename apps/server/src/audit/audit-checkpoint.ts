import { createPublicKey, sign, verify } from 'node:crypto';
import {
  auditCheckpointSchema,
  canonicalJson,
  type AuditCheckpoint,
  type AuditCheckpointStatement,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import type { CheckpointSigningKey } from './checkpoint-signing-key.ts';

const message = (statement: AuditCheckpointStatement) => Buffer.from(canonicalJson(statement));

/** The last verified row: what a checkpoint vouches for (row 0 is the empty chain). */
export async function chainPosition(
  db: Kysely<Database>,
  seq: number,
): Promise<Omit<AuditCheckpointStatement, 'at'>> {
  if (seq === 0) return { seq, hash: GENESIS_HASH, keyId: null };
  const row = await db
    .selectFrom('audit_log')
    .select(['hash', 'key_id'])
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  return { seq, hash: row.hash, keyId: row.key_id };
}

export function makeCheckpoint(
  position: Omit<AuditCheckpointStatement, 'at'>,
  key: CheckpointSigningKey,
  at: Date,
): AuditCheckpoint {
  const statement: AuditCheckpointStatement = { ...position, at: at.toISOString() };
  return {
    type: 'openiort-audit-checkpoint',
    statement,
    publicKey: key.publicKey,
    signature: sign(null, message(statement), key.privateKey).toString('base64'),
  };
}

export type CheckpointCheck =
  { ok: true; statement: AuditCheckpointStatement } | { ok: false; reason: string };

/** A checkpoint file's JSON, checked against the schema; problems as one line. */
export function parseCheckpoint(input: unknown): AuditCheckpoint | string {
  const parsed = auditCheckpointSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
}

/**
 * Whether the database still holds what the checkpoint saw: its signature is ours, the chain
 * reaches its row, and that row's hash is the one signed. Run after the chain itself verified:
 * the hash of row N then vouches for every row up to N.
 */
export async function checkCheckpoint(
  db: Kysely<Database>,
  checkpoint: AuditCheckpoint,
  publicKey: string,
): Promise<CheckpointCheck> {
  const { statement } = checkpoint;
  if (checkpoint.publicKey !== publicKey) {
    return {
      ok: false,
      reason: 'it is signed with another key than this instance’s checkpoint key',
    };
  }
  const key = createPublicKey({
    key: Buffer.from(publicKey, 'base64'),
    format: 'der',
    type: 'spki',
  });
  if (!verify(null, message(statement), key, Buffer.from(checkpoint.signature, 'base64'))) {
    return {
      ok: false,
      reason: 'its signature does not match its statement (the file was altered)',
    };
  }
  if (statement.seq === 0) return { ok: true, statement };
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', statement.seq)
    .executeTakeFirst();
  if (row === undefined) {
    const last = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirst();
    return {
      ok: false,
      reason: `the chain ends at row ${String(Number(last?.max ?? 0))} but the checkpoint saw row ${String(statement.seq)}: rows were removed or an older copy of the database was restored`,
    };
  }
  if (row.hash !== statement.hash) {
    return {
      ok: false,
      reason: `row ${String(statement.seq)} is not the row the checkpoint saw: the chain up to it was rewritten, or an older copy was restored and written to since`,
    };
  }
  return { ok: true, statement };
}

import { z } from 'zod';

/** What a checkpoint vouches for: the audit chain's head at one moment. */
export const auditCheckpointStatementSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  at: z.iso.datetime({ error: 'must be an ISO 8601 UTC time' }),
  /** The HMAC key the head was keyed with (its id only). */
  keyId: z.string().nullable(),
});

export type AuditCheckpointStatement = z.infer<typeof auditCheckpointStatementSchema>;

/**
 * A signed statement of the audit chain's head, printed by `openiort audit checkpoint` for an
 * auditor to keep away from the database. The signature is Ed25519 over the canonical JSON of
 * `statement`; `publicKey` is the signer's key as base64 SPKI DER.
 */
export const auditCheckpointSchema = z.strictObject({
  type: z.literal('openiort-audit-checkpoint'),
  statement: auditCheckpointStatementSchema,
  publicKey: z.base64(),
  signature: z.base64(),
});

export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;

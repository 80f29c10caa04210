import { z } from 'zod';
import type { Page } from './page.ts';

/** What an audit row records. Reads and changes of patient data, and security events. */
export const AUDIT_ACTIONS = [
  'patient.create',
  'patient.read',
  'patient.search',
  'patient.update',
  'user.create',
  'user.list',
  'user.deactivate',
  'user.reactivate',
  'user.role-change',
  'user.password-reset',
  'user.unlock',
  'auth.setup',
  'auth.login',
  'auth.login-failed',
  'auth.logout',
  'auth.session-expired',
  'auth.account-locked',
  'auth.password-change',
  'auth.password-change-failed',
  'auth.reauthenticate',
  'auth.reauthenticate-failed',
  'auth.sign-in-policy-change',
  'user.break-glass-change',
  'access.denied',
  'audit.read',
  'audit.export',
  'audit.keyed',
  'audit.key-rotated',
  'evaluation.create',
  'evaluation.read',
  'program-criteria.update',
  'plan.create',
  'plan.read',
  'plan.update',
  'plan.sign',
  'plan.sign-failed',
  'plan.print',
  'patient.handout-print',
  'checklist.update',
  'source-model.import',
  'program-limits.propose',
  'program-limits.cosign',
  'program-limits.cosign-failed',
  'case.create',
  'case.read',
  'case.list',
  'case.step-save',
  'case.link',
  'case.directive-sign',
  'case.directive-sign-failed',
  'case.consent-scan-upload',
  'case.consent-scan-read',
  'case.close',
  'case.withdraw',
  'case.refused',
  'worklist.read',
  'or-session.create',
  'or-session.event',
  'or-session.event-refused',
  'or-session.output-check',
  'or-session.checklist-answer',
  'or-record.sign',
  'or-record.sign-failed',
  'or-record.addendum',
  'or-record.print',
  'or-session.reconciliation',
  'or-session.reconciliation-acknowledgement',
  'or-session.measurement',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  clientAddress: z.string().nullable(),
  detail: z.unknown().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
  /** The patient the row concerns (directly, or through one of their plans); null otherwise. */
  patient: z
    .object({ id: z.string(), mrn: z.string(), familyName: z.string(), givenName: z.string() })
    .nullable(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actor: z.string().trim().max(254).optional(),
  /** Part of the actor's e-mail address, any case. */
  actorContains: z.string().trim().max(254).optional(),
  /** Rows about the patient with this MRN, or about one of their plans. */
  mrn: z.string().trim().max(32).optional(),
  recordId: z.string().trim().max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: z.iso.datetime({ error: 'from must be an ISO 8601 UTC time' }).optional(),
  to: z.iso.datetime({ error: 'to must be an ISO 8601 UTC time' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** GET /api/audit/export.csv: the same filters, every matching row. */
export const auditExportQuerySchema = auditQuerySchema.omit({ limit: true, offset: true });

export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;

export type AuditPage = Page<AuditEntry>;

export type AuditVerification =
  | { ok: true; rowsChecked: number }
  | { ok: false; rowsChecked: number; firstBrokenSeq: number; reason: string };

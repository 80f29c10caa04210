import type { AuditAction, AuditOutcome, Role } from '@openiort/contract';

/** Who is acting, as far as the server knows. */
export interface Actor {
  id: string | null;
  email: string | null;
  role: Role | null;
  clientAddress: string | null;
}

export const ANONYMOUS = (clientAddress: string | null): Actor => ({
  id: null,
  email: null,
  role: null,
  clientAddress,
});

export interface AuditEvent {
  actor: Actor;
  action: AuditAction;
  outcome: AuditOutcome;
  recordType?: string;
  recordId?: string;
  detail?: unknown;
  before?: unknown;
  after?: unknown;
}

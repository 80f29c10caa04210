import { caseCloseSchema, caseWithdrawSchema, type CaseView } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import type { ServiceContext } from '../context.ts';
import { validate } from '../http/validate.ts';
import { staleRecord } from './case-errors.ts';
import { mutateCase } from './case-mutation.ts';

async function endCase(
  ctx: ServiceContext,
  caseId: string,
  actor: Actor,
  end: { version: number; status: 'closed' | 'withdrawn'; reason: string | null },
): Promise<CaseView> {
  return mutateCase(ctx, caseId, actor, {
    action: () => ({ kind: end.status === 'closed' ? 'close' : 'withdraw' }),
    audit: end.status === 'closed' ? 'case.close' : 'case.withdraw',
    apply: async (trx, parts, now) => {
      if (parts.row.version !== end.version)
        throw staleRecord('case', end.version, parts.row.version);
      await trx
        .updateTable('cases')
        .set({
          status: end.status,
          closure_reason: end.reason,
          closed_at: now,
          closed_by: actor.id,
        })
        .where('id', '=', caseId)
        .execute();
      return {
        before: { status: parts.row.status, version: parts.row.version },
        after: { status: end.status, reason: end.reason },
      };
    },
  });
}

/** Closes a case after its post-pathology decision (or a decision not to offer IORT). */
export function closeCase(ctx: ServiceContext, caseId: string, body: unknown, actor: Actor) {
  const { version } = validate(caseCloseSchema, body, 'closing');
  return endCase(ctx, caseId, actor, { version, status: 'closed', reason: null });
}

/** Withdraws a case at any step, with the reason. */
export function withdrawCase(ctx: ServiceContext, caseId: string, body: unknown, actor: Actor) {
  const { version, reason } = validate(caseWithdrawSchema, body, 'withdrawal');
  return endCase(ctx, caseId, actor, { version, status: 'withdrawn', reason });
}

import type { AuditAction, CaseView } from '@openiort/contract';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { loadOneCase, type CaseParts } from './case-load.ts';
import { noCase, stepRefused } from './case-errors.ts';
import { refusalOf, type CaseAction } from './case-pathway.ts';
import { snapshotOf, toCaseView } from './case-view.ts';

export const todayOf = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

export interface CaseChange {
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
}

export interface Mutation {
  /** What the pathway must allow, decided from the case as it is now. */
  action: (parts: CaseParts) => CaseAction;
  audit: AuditAction;
  apply: (trx: Kysely<Database>, parts: CaseParts, now: string) => Promise<CaseChange>;
}

/**
 * Changes a case in one transaction with its audit row: loads it, asks the pathway rules,
 * applies the change, moves the case's version on, and answers the case as it now is. A refusal
 * changes nothing and is audited as `case.refused` with its reason.
 */
export async function mutateCase(
  ctx: ServiceContext,
  caseId: string,
  actor: Actor,
  mutation: Mutation,
): Promise<CaseView> {
  const today = todayOf(ctx);
  try {
    const { view } = await withAudit(
      ctx,
      async (trx) => {
        const parts = await loadOneCase(trx, caseId);
        if (parts === undefined) throw noCase(caseId);
        const refusal = refusalOf(snapshotOf(parts), mutation.action(parts), today);
        if (refusal !== undefined) throw stepRefused(refusal);
        const now = ctx.now().toISOString();
        const change = await mutation.apply(trx, parts, now);
        await trx
          .updateTable('cases')
          .set({ version: sql<number>`version + 1`, updated_at: now, updated_by: actor.id ?? '' })
          .where('id', '=', caseId)
          .execute();
        const after = await loadOneCase(trx, caseId);
        if (after === undefined) throw noCase(caseId);
        return { view: toCaseView(after, today), change, patientId: parts.row.patient_id };
      },
      ({ change, patientId }) => ({
        actor,
        action: mutation.audit,
        outcome: 'success',
        recordType: 'case',
        recordId: caseId,
        detail: { patientId, ...change.detail },
        ...(change.before === undefined ? {} : { before: change.before }),
        ...(change.after === undefined ? {} : { after: change.after }),
      }),
    );
    return view;
  } catch (error) {
    if (error instanceof AppError && error.code === 'step-refused') {
      await recordAudit(ctx, {
        actor,
        action: 'case.refused',
        outcome: 'failure',
        recordType: 'case',
        recordId: caseId,
        detail: { attempted: mutation.audit, reason: error.extra.reason },
      });
    }
    throw error;
  }
}

import type { ProgramCriteriaOverview } from '@openiort/contract';
import { validateProgramCriteria } from '@openiort/guidelines';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { invalidCriteria } from './facts-input.ts';
import {
  DEFAULT_CRITERIA_RECORD,
  selectCriteriaVersions,
  toCriteriaRecord,
  type ProgramCriteriaRecord,
} from './program-criteria-rows.ts';

/** The newest saved version, or the published defaults ("default-1") when none was saved. */
export async function currentProgramCriteria(db: Kysely<Database>): Promise<ProgramCriteriaRecord> {
  const row = await selectCriteriaVersions(db).orderBy('p.seq', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? DEFAULT_CRITERIA_RECORD : toCriteriaRecord(row);
}

/** Every version, newest first, ending with the published defaults they started from. */
export async function programCriteriaHistory(
  db: Kysely<Database>,
): Promise<ProgramCriteriaRecord[]> {
  const rows = await selectCriteriaVersions(db).orderBy('p.seq', 'desc').execute();
  return [...rows.map(toCriteriaRecord), DEFAULT_CRITERIA_RECORD];
}

export async function programCriteriaOverview(
  db: Kysely<Database>,
): Promise<ProgramCriteriaOverview> {
  const history = await programCriteriaHistory(db);
  return { current: history[0] ?? DEFAULT_CRITERIA_RECORD, history };
}

/**
 * Saves the administrator's criteria as the next version ("v1", "v2", …). Earlier versions stay,
 * so every saved evaluation can still be traced to the criteria it used.
 */
export async function updateProgramCriteria(
  ctx: ServiceContext,
  input: unknown,
  actor: Actor,
): Promise<ProgramCriteriaRecord> {
  const parsed = validateProgramCriteria(input);
  if (!parsed.ok) throw invalidCriteria(parsed.errors);
  const change = await withAudit(
    ctx,
    async (trx) => {
      // Two administrators saving at once must not both take the same next number.
      await serialize(trx, ctx.dialect, LOCKS.programCriteria);
      const previous = await currentProgramCriteria(trx);
      const last = await trx
        .selectFrom('program_criteria_versions')
        .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
        .executeTakeFirstOrThrow();
      const seq = (last.seq ?? 0) + 1;
      await trx
        .insertInto('program_criteria_versions')
        .values({
          version: `v${String(seq)}`,
          seq,
          criteria_json: JSON.stringify(parsed.criteria),
          created_at: ctx.now().toISOString(),
          created_by: actor.id,
        })
        .execute();
      return { before: previous, after: await currentProgramCriteria(trx) };
    },
    (change) => ({
      actor,
      action: 'program-criteria.update',
      outcome: 'success',
      recordType: 'program-criteria',
      recordId: change.after.version,
      before: change.before.criteria,
      after: change.after.criteria,
    }),
  );
  return change.after;
}

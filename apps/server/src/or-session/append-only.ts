import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';

/** The session's append-only tables, each keyed by (session_id, seq). */
export type SessionLogTable =
  | 'or_output_checks'
  | 'or_checklist_answers'
  | 'or_reconciliations'
  | 'or_measurements'
  | 'or_record_addenda';

/** The next seq of a session's rows in one append-only table (read inside the writer's trx). */
export async function nextSessionSeq(
  db: Kysely<Database>,
  table: SessionLogTable,
  sessionId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

/**
 * Runs a write that takes the next seq. Two writers at the same instant take the same number and
 * the key refuses the second: it gets 409 and sends again, rather than a 500 or a lost write.
 * `what` names the kind of row in the message ("an answer or check").
 */
export async function appendToSession<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        'version-conflict',
        `Another ${what} was recorded for this session at the same moment. Nothing was saved; send it again.`,
      );
    throw error;
  }
}

/**
 * Refuses a write into what the session's treatment record holds once the record carries a
 * signature: corrections are then dated addenda (docs/adr/0018).
 */
export async function refuseIfRecordLocked(
  isRecordLocked: (sessionId: string) => Promise<boolean>,
  sessionId: string,
): Promise<void> {
  if (await isRecordLocked(sessionId))
    throw new AppError(
      'record-locked',
      'The treatment record is signed; add a dated addendum instead.',
    );
}

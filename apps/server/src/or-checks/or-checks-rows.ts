import type {
  ChecklistAnswer,
  ChecklistKey,
  ChecklistVersion,
  OutputCheckRecordDto,
  Role,
  SessionChecklistDto,
  SessionChecksDto,
} from '@openiort/contract';
import { CHECKLIST_KEYS, checklistCompleteness } from '@openiort/contract';
import type { Kysely } from 'kysely';
import { DEFAULT_CHECKLIST_VERSION, defaultVersion } from '../checklists/checklist-rows.ts';
import { selectChecklistVersions, toChecklistVersion } from '../checklists/checklist-rows.ts';
import { checklistInForce } from '../checklists/checklist-service.ts';
import type { Database } from '../db/schema.ts';

/** Every output check of a session, oldest first: the last one counts. */
export async function loadOutputChecks(
  db: Kysely<Database>,
  sessionId: string,
): Promise<OutputCheckRecordDto[]> {
  const rows = await db
    .selectFrom('or_output_checks')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    // Written by this server from a checked input and the engine's result.
    input: JSON.parse(row.input_json) as unknown,
    result: JSON.parse(row.result_json) as OutputCheckRecordDto['result'],
    checkedBy: {
      id: row.checked_by,
      displayName: row.checked_by_name,
      role: row.checked_by_role as Role,
    },
    checkedAt: row.checked_at,
  }));
}

/** One named version of a checklist ('default-1' is the shipped one, 'vN' a saved one). */
async function checklistVersionNamed(
  db: Kysely<Database>,
  key: ChecklistKey,
  version: string,
): Promise<ChecklistVersion> {
  if (version === DEFAULT_CHECKLIST_VERSION) return defaultVersion(key);
  const seq = Number(version.slice(1));
  const row = await selectChecklistVersions(db)
    .where('c.checklist_key', '=', key)
    .where('c.seq', '=', seq)
    .executeTakeFirst();
  if (row === undefined) throw new Error(`checklist ${key} has no version ${version}`);
  return toChecklistVersion(row, seq);
}

/**
 * A checklist as one session answers it. The version is the one in force when the session gave
 * its first answer to it (stored with every answer), so a later edit by an administrator never
 * changes what a running session must confirm; before any answer, the version in force now.
 */
export async function sessionChecklist(
  db: Kysely<Database>,
  sessionId: string,
  key: ChecklistKey,
): Promise<SessionChecklistDto> {
  const rows = await db
    .selectFrom('or_checklist_answers')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('checklist_key', '=', key)
    .orderBy('seq')
    .execute();
  const first = rows[0];
  const version =
    first === undefined
      ? await checklistInForce(db, key)
      : await checklistVersionNamed(db, key, first.checklist_version);
  const answers: ChecklistAnswer[] = rows.map((row) => ({
    itemId: row.item_id,
    answer: row.answer as ChecklistAnswer['answer'],
    ...(row.reason === null ? {} : { reason: row.reason }),
    by: { id: row.answered_by, displayName: row.answered_by_name, role: row.answered_by_role },
    at: row.answered_at,
  }));
  return {
    key,
    version: version.version,
    template: version.template,
    completeness: checklistCompleteness(version.template, answers),
    answers,
  };
}

/** A session's output checks and every checklist with its version, answers and completeness. */
export async function loadSessionChecks(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SessionChecksDto> {
  const checklists: SessionChecklistDto[] = [];
  for (const key of CHECKLIST_KEYS) checklists.push(await sessionChecklist(db, sessionId, key));
  return { outputChecks: await loadOutputChecks(db, sessionId), checklists };
}

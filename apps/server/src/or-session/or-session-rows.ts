import type { OrSessionEventDto, Role } from '@openiort/contract';
import type { Insertable, Kysely } from 'kysely';
import type { Database, OrSessionEventsTable } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';

/** A session with its creator and its plan's patient. */
export function selectSession(db: Kysely<Database>, sessionId: string) {
  return db
    .selectFrom('or_sessions as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .innerJoin('plans as p', 'p.id', 's.plan_id')
    .selectAll('s')
    .select([
      'u.email as creator_email',
      'u.display_name as creator_name',
      'p.patient_id',
      'p.version as current_plan_version',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof selectSession>>>;

/** The session, or the not-found answer every OR route gives for an unknown id. */
export async function requireSession(db: Kysely<Database>, sessionId: string): Promise<SessionRow> {
  const row = await selectSession(db, sessionId);
  if (row === undefined) throw new AppError('not-found', `No OR session with id ${sessionId}.`);
  return row;
}

/**
 * The plan version the session delivers: until beam-on the plan as it is now (the final plan is
 * made in the room), from the start event the version that event fixed.
 */
export const followedPlanVersion = (row: SessionRow): number =>
  row.version === 0 ? row.current_plan_version : row.plan_version;

/** The fields of an event other than its type and time, as stored in payload_json. */
type EventPayload = Pick<
  OrSessionEventDto,
  'termination' | 'category' | 'reason' | 'airKermaStrengthU'
>;

export async function loadEvents(
  db: Kysely<Database>,
  sessionId: string,
): Promise<OrSessionEventDto[]> {
  const rows = await db
    .selectFrom('or_session_events')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    type: row.type as OrSessionEventDto['type'],
    at: row.at,
    atS: row.at_s,
    ...(JSON.parse(row.payload_json) as EventPayload),
    actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role as Role },
  }));
}

export function eventRow(
  sessionId: string,
  event: OrSessionEventDto,
): Insertable<OrSessionEventsTable> {
  const payload: EventPayload = {
    termination: event.termination,
    category: event.category,
    reason: event.reason,
    airKermaStrengthU: event.airKermaStrengthU,
  };
  return {
    session_id: sessionId,
    seq: event.seq,
    type: event.type,
    at: event.at,
    at_s: event.atS,
    // Undefined fields drop out of the JSON, so each event keeps only what it has.
    payload_json: JSON.stringify(payload),
    actor_id: event.actor.id,
    actor_name: event.actor.name,
    actor_role: event.actor.role,
  };
}

/** The latest seq of a session, for the stream's periodic check. */
export async function sessionSeq(db: Kysely<Database>, sessionId: string): Promise<number | null> {
  const row = await db
    .selectFrom('or_sessions')
    .select('version')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row === undefined ? null : row.version;
}

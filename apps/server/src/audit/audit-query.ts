import type {
  AuditAction,
  AuditEntry,
  AuditOutcome,
  AuditPage,
  AuditQuery,
} from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.ts';

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    actorRole: row.actor_role,
    action: row.action as AuditAction,
    recordType: row.record_type,
    recordId: row.record_id,
    outcome: row.outcome as AuditOutcome,
    clientAddress: row.client_address,
    detail: parse(row.detail),
    before: parse(row.before_json),
    after: parse(row.after_json),
    hash: row.hash,
  };
}

/** Newest first, filtered; times compare as text because they are all ISO 8601 UTC. */
export async function queryAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditPage> {
  let base = db.selectFrom('audit_log');
  if (query.action !== undefined) base = base.where('action', '=', query.action);
  if (query.outcome !== undefined) base = base.where('outcome', '=', query.outcome);
  if (query.actor !== undefined && query.actor !== '') {
    base = base.where('actor_email', '=', query.actor.toLowerCase());
  }
  if (query.recordId !== undefined && query.recordId !== '') {
    base = base.where('record_id', '=', query.recordId);
  }
  if (query.from !== undefined) base = base.where('at', '>=', new Date(query.from).toISOString());
  if (query.to !== undefined) base = base.where('at', '<=', new Date(query.to).toISOString());

  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('seq', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(toEntry),
    total: Number(count.n),
    limit: query.limit,
    offset: query.offset,
  };
}

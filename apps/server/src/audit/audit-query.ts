import {
  AUDIT_EXPORT_MAX_ROWS,
  type AuditAction,
  type AuditEntry,
  type AuditExportQuery,
  type AuditOutcome,
  type AuditPage,
  type AuditQuery,
} from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.ts';
import { filterAudit } from './audit-filters.ts';
import { patientsOfRecords, recordKey } from './audit-patients.ts';

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toEntry(row: Selectable<AuditLogTable>): Omit<AuditEntry, 'patient'> {
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

/** Entries with the patient each concerns (name and MRN rather than a bare id). */
async function withPatients(
  db: Kysely<Database>,
  rows: Selectable<AuditLogTable>[],
): Promise<AuditEntry[]> {
  const entries = rows.map(toEntry);
  const patients = await patientsOfRecords(db, entries);
  return entries.map((entry) => ({ ...entry, patient: patients.get(recordKey(entry)) ?? null }));
}

/** Newest first, filtered. */
export async function queryAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditPage> {
  const base = filterAudit(db, query);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('seq', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: await withPatients(db, rows),
    total: Number(count.n),
    limit: query.limit,
    offset: query.offset,
  };
}

/** Every filtered row for an export, newest first, at most AUDIT_EXPORT_MAX_ROWS. */
export async function exportAudit(
  db: Kysely<Database>,
  query: AuditExportQuery,
): Promise<AuditEntry[]> {
  const rows = await filterAudit(db, query)
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(AUDIT_EXPORT_MAX_ROWS)
    .execute();
  return withPatients(db, rows);
}

import {
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

/** How many rows one export query reads at a time; the CSV streams batch by batch. */
export const AUDIT_EXPORT_BATCH_ROWS = 500;

/**
 * Every filtered row up to `uptoSeq` (the head when the export began, so rows written during the
 * export, its own audit row included, never shift it), newest first, in batches. Keyset paging
 * on `seq` keeps each batch one index range however long the trail is.
 */
export async function* exportAuditBatches(
  db: Kysely<Database>,
  query: AuditExportQuery,
  uptoSeq: number,
  batchRows = AUDIT_EXPORT_BATCH_ROWS,
): AsyncGenerator<AuditEntry[]> {
  let below = uptoSeq + 1;
  for (;;) {
    const rows = await filterAudit(db, query)
      .selectAll()
      .where('seq', '<', below)
      .orderBy('seq', 'desc')
      .limit(batchRows)
      .execute();
    if (rows.length === 0) return;
    yield await withPatients(db, rows);
    below = Number(rows[rows.length - 1]?.seq);
    if (rows.length < batchRows) return;
  }
}

/** The number of filtered rows up to `uptoSeq`, and that head sequence number itself. */
export async function auditExportSize(
  db: Kysely<Database>,
  query: AuditExportQuery,
): Promise<{ rows: number; uptoSeq: number }> {
  const head = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const uptoSeq = Number(head?.seq ?? 0);
  const count = await filterAudit(db, query)
    .where('seq', '<=', uptoSeq)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: Number(count.n), uptoSeq };
}

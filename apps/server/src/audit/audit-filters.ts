import type { AuditExportQuery } from '@openiort/contract';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import { likePattern } from '../patients/search-text.ts';

type AuditSelect = SelectQueryBuilder<Database, 'audit_log', object>;

/** Rows about the patient with this MRN: the patient's own rows and those of their plans and cases. */
function concernsMrn(db: Kysely<Database>, base: AuditSelect, mrn: string): AuditSelect {
  const patientIds = db.selectFrom('patients').select('id').where('mrn', '=', mrn);
  const planIds = db
    .selectFrom('plans')
    .innerJoin('patients', 'patients.id', 'plans.patient_id')
    .select('plans.id')
    .where('patients.mrn', '=', mrn);
  const caseIds = db
    .selectFrom('cases')
    .innerJoin('patients', 'patients.id', 'cases.patient_id')
    .select('cases.id')
    .where('patients.mrn', '=', mrn);
  return base.where((eb) =>
    eb.or([
      eb.and([eb('record_type', '=', 'patient'), eb('record_id', 'in', patientIds)]),
      eb.and([eb('record_type', '=', 'plan'), eb('record_id', 'in', planIds)]),
      eb.and([eb('record_type', '=', 'case'), eb('record_id', 'in', caseIds)]),
    ]),
  );
}

/** Applies the audit trail's filters; times compare as text because they are all ISO 8601 UTC. */
export function filterAudit(db: Kysely<Database>, query: AuditExportQuery): AuditSelect {
  let base: AuditSelect = db.selectFrom('audit_log');
  if (query.action !== undefined) base = base.where('action', '=', query.action);
  if (query.outcome !== undefined) base = base.where('outcome', '=', query.outcome);
  if (query.actor !== undefined && query.actor !== '') {
    base = base.where('actor_email', '=', query.actor.toLowerCase());
  }
  if (query.actorContains !== undefined && query.actorContains !== '') {
    // E-mail addresses are stored in lower case, so a lower-case pattern matches on both databases.
    const pattern = likePattern(query.actorContains.toLowerCase());
    base = base.where(sql<boolean>`actor_email like ${pattern} escape '\\'`);
  }
  if (query.recordId !== undefined && query.recordId !== '') {
    base = base.where('record_id', '=', query.recordId);
  }
  if (query.mrn !== undefined && query.mrn !== '') base = concernsMrn(db, base, query.mrn);
  if (query.from !== undefined) base = base.where('at', '>=', new Date(query.from).toISOString());
  if (query.to !== undefined) base = base.where('at', '<=', new Date(query.to).toISOString());
  return base;
}

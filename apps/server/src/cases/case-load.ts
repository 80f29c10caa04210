import type { PersonRef } from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type {
  CaseDirectiveVersionsTable,
  CasePlansTable,
  CasesTable,
  CaseStepsTable,
  Database,
} from '../db/schema.ts';

export interface EvaluationLinkRow {
  case_id: string;
  evaluation_id: string;
  linked_at: string;
  linked_by: string;
  phase: string | null;
  evaluated_at: string;
}

export interface ScanInfoRow {
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

/** An OR session of the case, with how many treatment-record signatures it carries. */
export interface DeliveryRow {
  case_id: string;
  id: string;
  plan_id: string;
  status: string;
  created_at: string;
  signature_count: number;
}

/** Everything stored about one case, as rows. */
export interface CaseParts {
  row: Selectable<CasesTable>;
  steps: Map<string, Selectable<CaseStepsTable>>;
  directives: Selectable<CaseDirectiveVersionsTable>[];
  evaluations: EvaluationLinkRow[];
  plans: Selectable<CasePlansTable>[];
  scan: ScanInfoRow | undefined;
  deliveries: DeliveryRow[];
  people: Map<string, PersonRef>;
}

function byCase<T extends { case_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.case_id, [...(map.get(row.case_id) ?? []), row]);
  return map;
}

/** Ids of the people a case names: authors of its records and the people scheduled. */
function peopleIds(parts: Omit<CaseParts, 'people'>): string[] {
  const ids = [parts.row.created_by, parts.row.updated_by];
  if (parts.row.closed_by !== null) ids.push(parts.row.closed_by);
  for (const step of parts.steps.values()) {
    ids.push(step.recorded_by);
    if (step.step === 'scheduling') {
      const data = JSON.parse(step.data_json) as Record<string, string>;
      ids.push(data.surgeonId ?? '', data.radiationOncologistId ?? '', data.physicistId ?? '');
    }
  }
  for (const d of parts.directives) ids.push(d.signed_by);
  for (const e of parts.evaluations) ids.push(e.linked_by);
  for (const p of parts.plans) ids.push(p.linked_by);
  if (parts.scan !== undefined) ids.push(parts.scan.uploaded_by);
  return ids.filter((id) => id !== '');
}

/**
 * Loads the cases `rows` with all their records, a fixed number of queries whatever their count
 * (the worklist loads every open case at once).
 */
export async function loadCaseParts(
  db: Kysely<Database>,
  rows: Selectable<CasesTable>[],
): Promise<CaseParts[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [steps, directives, evaluations, plans, scans, deliveries] = await Promise.all([
    db.selectFrom('case_steps').selectAll().where('case_id', 'in', ids).execute(),
    db
      .selectFrom('case_directive_versions')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('version', 'desc')
      .execute(),
    db
      .selectFrom('case_evaluations as ce')
      .innerJoin('evaluations as e', 'e.id', 'ce.evaluation_id')
      .select([
        'ce.case_id',
        'ce.evaluation_id',
        'ce.linked_at',
        'ce.linked_by',
        'e.phase',
        'e.created_at as evaluated_at',
      ])
      .where('ce.case_id', 'in', ids)
      .orderBy('e.created_at')
      .execute(),
    db
      .selectFrom('case_plans')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('linked_at')
      .execute(),
    db
      .selectFrom('case_consent_scans')
      .select([
        'case_id',
        'file_name',
        'content_type',
        'size_bytes',
        'sha256',
        'uploaded_at',
        'uploaded_by',
      ])
      .where('case_id', 'in', ids)
      .execute(),
    db
      .selectFrom('or_sessions as s')
      .leftJoin('or_record_signatures as r', 'r.session_id', 's.id')
      .select((eb) => [
        's.case_id',
        's.id',
        's.plan_id',
        's.status',
        's.created_at',
        eb.fn.count<number | string>('r.role').as('signature_count'),
      ])
      .where('s.case_id', 'in', ids)
      .groupBy(['s.case_id', 's.id', 's.plan_id', 's.status', 's.created_at'])
      .orderBy('s.created_at')
      .execute(),
  ]);
  const stepsBy = byCase(steps);
  const directivesBy = byCase(directives);
  const evaluationsBy = byCase(evaluations);
  const plansBy = byCase(plans);
  const scansBy = byCase(scans);
  const deliveriesBy = byCase(
    deliveries.map((d) => ({
      ...d,
      case_id: d.case_id ?? '',
      signature_count: Number(d.signature_count),
    })),
  );
  const partial = rows.map((row) => ({
    row,
    steps: new Map((stepsBy.get(row.id) ?? []).map((s) => [s.step, s])),
    directives: directivesBy.get(row.id) ?? [],
    evaluations: evaluationsBy.get(row.id) ?? [],
    plans: plansBy.get(row.id) ?? [],
    scan: scansBy.get(row.id)?.[0],
    deliveries: deliveriesBy.get(row.id) ?? [],
  }));
  const userIds = [...new Set(partial.flatMap(peopleIds))];
  const users =
    userIds.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['id', 'email', 'display_name'])
          .where('id', 'in', userIds)
          .execute();
  const people = new Map(
    users.map((u) => [u.id, { id: u.id, email: u.email, displayName: u.display_name }]),
  );
  return partial.map((p) => ({ ...p, people }));
}

export async function loadOneCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<CaseParts | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (row === undefined) return undefined;
  return (await loadCaseParts(db, [row]))[0];
}

import {
  isSigningRole,
  type CandidacyGlance,
  type EvaluationPhase,
  type PatientStatus,
  type Role,
  type SigningRole,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { patientStatus, type LatestPlan } from './patient-status.ts';

const PROGRAM_RULE_SET = 'program-default';

/** Each patient's latest evaluation (one query for all of them), reduced to the program row. */
async function latestCandidacy(
  db: Kysely<Database>,
  patientIds: readonly string[],
): Promise<Map<string, CandidacyGlance>> {
  const rows = await db
    .selectFrom('evaluations as e')
    .select(['e.id', 'e.patient_id', 'e.phase', 'e.results_json', 'e.created_at'])
    .where('e.patient_id', 'in', patientIds)
    .where((eb) =>
      eb(
        'e.created_at',
        '=',
        eb
          .selectFrom('evaluations as l')
          .select((l) => l.fn.max('l.created_at').as('latest'))
          .whereRef('l.patient_id', '=', 'e.patient_id'),
      ),
    )
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  const byPatient = new Map<string, CandidacyGlance>();
  for (const row of rows) {
    const results = JSON.parse(row.results_json) as { ruleset: string; category: string }[];
    const program = results.find((r) => r.ruleset === PROGRAM_RULE_SET);
    byPatient.set(row.patient_id, {
      evaluationId: row.id,
      category: program?.category ?? 'indeterminate',
      phase: row.phase as EvaluationPhase | null,
      evaluatedAt: row.created_at,
    });
  }
  return byPatient;
}

/** Each patient's latest plan (one query), then the signatures of those current versions (one). */
async function latestPlans(
  db: Kysely<Database>,
  patientIds: readonly string[],
): Promise<Map<string, LatestPlan>> {
  const plans = await db
    .selectFrom('plans as p')
    .select(['p.id', 'p.patient_id', 'p.version', 'p.output_json'])
    .where('p.patient_id', 'in', patientIds)
    .where((eb) =>
      eb(
        'p.created_at',
        '=',
        eb
          .selectFrom('plans as l')
          .select((l) => l.fn.max('l.created_at').as('latest'))
          .whereRef('l.patient_id', '=', 'p.patient_id'),
      ),
    )
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  const byPatient = new Map<string, LatestPlan>();
  if (plans.length === 0) return byPatient;
  const signatures = await db
    .selectFrom('plan_signatures as s')
    .innerJoin('plans as p', (join) =>
      join.onRef('p.id', '=', 's.plan_id').onRef('p.version', '=', 's.plan_version'),
    )
    .select(['s.plan_id', 's.role'])
    .where(
      's.plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .execute();
  const signers = new Map<string, Set<SigningRole>>();
  for (const s of signatures) {
    const role = s.role as Role;
    if (!isSigningRole(role)) continue;
    const set = signers.get(s.plan_id) ?? new Set<SigningRole>();
    set.add(role);
    signers.set(s.plan_id, set);
  }
  for (const plan of plans) {
    const output = JSON.parse(plan.output_json) as { status?: string };
    byPatient.set(plan.patient_id, {
      planId: plan.id,
      version: plan.version,
      refused: output.status === 'refused',
      signedBy: signers.get(plan.id) ?? new Set<SigningRole>(),
    });
  }
  return byPatient;
}

/**
 * The status of every listed patient with a fixed number of queries, whatever their number (no
 * query per row): latest evaluations, latest plans, and the signatures of those plans.
 */
export async function loadPatientStatuses(
  db: Kysely<Database>,
  patientIds: readonly string[],
): Promise<Map<string, PatientStatus>> {
  const statuses = new Map<string, PatientStatus>();
  if (patientIds.length === 0) return statuses;
  const [candidacy, plans] = await Promise.all([
    latestCandidacy(db, patientIds),
    latestPlans(db, patientIds),
  ]);
  for (const id of patientIds) {
    statuses.set(id, patientStatus(candidacy.get(id) ?? null, plans.get(id) ?? null));
  }
  return statuses;
}

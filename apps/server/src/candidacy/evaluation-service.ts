import { randomUUID } from 'node:crypto';
import type { StoredEvaluation } from '@openiort/contract';
import { ENGINE_VERSION, allRuleSets, evaluateAll } from '@openiort/guidelines';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { listUnderPatient, noPatient, patientExists } from '../patients/patient-records.ts';
import { toResultDtos, toStoredEvaluation, type EvaluationRow } from './evaluation-rows.ts';
import { parseFacts } from './facts-input.ts';
import { currentProgramCriteria } from './program-criteria-service.ts';

export function selectEvaluations(db: Kysely<Database>) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('users as u', 'u.id', 'e.created_by')
    .selectAll('e')
    .select(['u.email as author_email', 'u.display_name as author_name']);
}

/**
 * Evaluates a patient's clinical facts against every rule set with the program criteria in
 * force, and keeps the facts, the results and every version involved, so the answer can be
 * explained later even after the rules change. Facts are checked before anything is stored.
 */
export async function evaluateForPatient(
  ctx: ServiceContext,
  patientId: string,
  factsInput: unknown,
  actor: Actor,
): Promise<StoredEvaluation> {
  const facts = parseFacts(factsInput, 'facts.');
  const userId = actor.id;
  if (userId === null) throw new AppError('unauthenticated', 'Sign in to save an evaluation.');
  if (!(await patientExists(ctx.db, patientId))) throw noPatient(patientId);
  // Evaluating takes tens of milliseconds when many facts are unknown, so it runs before
  // the transaction and never holds the write lock. The row names the criteria version it used.
  const program = await currentProgramCriteria(ctx.db);
  const results = toResultDtos(evaluateAll(facts, { program: program.criteria }));
  const ruleSetVersions = Object.fromEntries(
    allRuleSets(program.criteria).map((ruleSet) => [ruleSet.id, ruleSet.version]),
  );
  const id = randomUUID();
  return withAudit(
    ctx,
    async (trx) => {
      await trx
        .insertInto('evaluations')
        .values({
          id,
          patient_id: patientId,
          phase: facts.phase ?? null,
          facts_json: JSON.stringify(facts),
          results_json: JSON.stringify(results),
          engine_version: ENGINE_VERSION,
          rule_set_versions_json: JSON.stringify(ruleSetVersions),
          program_criteria_version: program.version,
          created_at: ctx.now().toISOString(),
          created_by: userId,
        })
        .execute();
      const row: EvaluationRow = await selectEvaluations(trx)
        .where('e.id', '=', id)
        .executeTakeFirstOrThrow();
      return toStoredEvaluation(row);
    },
    (evaluation) => ({
      actor,
      action: 'evaluation.create',
      outcome: 'success',
      recordType: 'patient',
      recordId: patientId,
      after: {
        evaluationId: evaluation.id,
        phase: evaluation.phase,
        facts: evaluation.facts,
        categories: Object.fromEntries(evaluation.results.map((r) => [r.ruleset, r.category])),
        engineVersion: evaluation.engineVersion,
        programCriteriaVersion: evaluation.programCriteriaVersion,
      },
    }),
  );
}

/** A patient's evaluations, newest first; pre-operative and final-pathology ones side by side. */
export async function listEvaluations(
  ctx: ServiceContext,
  patientId: string,
  actor: Actor,
): Promise<StoredEvaluation[]> {
  return listUnderPatient(ctx, patientId, actor, 'evaluation.read', async (db) => {
    const rows = await selectEvaluations(db)
      .where('e.patient_id', '=', patientId)
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id', 'desc')
      .execute();
    return rows.map(toStoredEvaluation);
  });
}

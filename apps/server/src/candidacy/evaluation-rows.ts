import type {
  ClinicalFactsDto,
  EvaluationPhase,
  PersonRef,
  RuleSetResultDto,
  StoredEvaluation,
} from '@openiort/contract';
import type { RuleSetResult } from '@openiort/guidelines';
import type { Selectable } from 'kysely';
import type { EvaluationsTable } from '../db/schema.ts';

/** Compile-time proof that the engine's results fit the contract's structural copy of them. */
export function toResultDtos(results: RuleSetResult[]): RuleSetResultDto[] {
  return results;
}

export type EvaluationRow = Selectable<EvaluationsTable> & {
  author_email: string;
  author_name: string;
};

/** JSON columns were written by this server from validated values, so they are read as they are. */
export function toStoredEvaluation(row: EvaluationRow): StoredEvaluation {
  const createdBy: PersonRef = {
    id: row.created_by,
    email: row.author_email,
    displayName: row.author_name,
  };
  return {
    id: row.id,
    patientId: row.patient_id,
    phase: row.phase as EvaluationPhase | null,
    facts: JSON.parse(row.facts_json) as ClinicalFactsDto,
    results: JSON.parse(row.results_json) as RuleSetResultDto[],
    engineVersion: row.engine_version,
    ruleSetVersions: JSON.parse(row.rule_set_versions_json) as Record<string, string>,
    programCriteriaVersion: row.program_criteria_version,
    createdAt: row.created_at,
    createdBy,
  };
}

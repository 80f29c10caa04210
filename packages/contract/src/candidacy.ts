/**
 * Shapes of the candidacy API. They mirror the candidacy engine's types
 * (packages/guidelines/src/result.ts, rulesets/program-default.ts) structurally, because the
 * contract imports nothing of ours; the server checks at compile time that the engine's results
 * fit them.
 */

/** A fact's value as sent and stored: clinical facts are text, numbers or flags. */
export type FactValueDto = string | number | boolean;

/** Clinical facts by name (packages/guidelines FACT_FIELDS); an absent fact is unknown. */
export type ClinicalFactsDto = Record<string, FactValueDto>;

export type EvaluationPhase = 'preoperative' | 'final-pathology';

/** Where a rule comes from, and whether it was checked against the source. */
export interface RuleSourceDto {
  citation: string;
  detail: string;
  confidence: 'confirmed' | 'unconfirmed';
  /** The project's clinical-reference section ("clinical.md §1a"), for developers only. */
  reference?: string;
}

/** What one criterion contributed to a rule set's answer. */
export interface FindingDto {
  criterion: string;
  label: string;
  /** decided: one answer whatever the unknown facts; unknown: it depends on them. */
  outcome: 'decided' | 'unknown' | 'not-applicable';
  category?: string;
  possibleCategories?: string[];
  rule?: string;
  /** Fact values the criterion read; null means unknown. */
  evidence: Partial<Record<string, FactValueDto | null>>;
  source: RuleSourceDto;
  decisive: boolean;
}

/** A statement shown beside a rule set's category, with its source. */
export interface ResultNoteDto {
  id: string;
  text: string;
  source: RuleSourceDto;
}

/** One rule set's answer for one set of facts. */
export interface RuleSetResultDto {
  ruleset: string;
  version: string;
  title: string;
  citation: string;
  /** One of the rule set's categories, or "indeterminate". */
  category: string;
  possibleCategories: string[];
  /** Unknown facts that could change the category. */
  missing: string[];
  findings: FindingDto[];
  assumed: Partial<Record<string, FactValueDto>>;
  includesUnconfirmed: boolean;
  meaning: string;
  /** Present only when a note holds; results saved before notes existed have none. */
  notes?: ResultNoteDto[];
}

/** The program's own candidacy criteria, as the administrator sets them. */
export interface ProgramCriteriaInputDto {
  minAgeExclusiveYears: number;
  maxSizeExclusiveMm: number;
  histologies: readonly string[];
  excludeBrcaCarriers: boolean;
  nodeNegativeStages: readonly string[];
  extraRiskAdaptedTriggers: readonly string[];
}

/** The criteria with the version they were saved as ("default-1" for the published defaults). */
export interface ProgramCriteriaDto extends ProgramCriteriaInputDto {
  version: string;
}

/** Who saved something, as shown beside it. */
export interface PersonRef {
  id: string;
  email: string;
  displayName: string;
}

/** One saved version of the program criteria; the defaults have no time or author. */
export interface ProgramCriteriaVersion {
  version: string;
  criteria: ProgramCriteriaDto;
  createdAt: string | null;
  createdBy: PersonRef | null;
}

/** GET /api/program-criteria: the criteria in force and every version, newest first. */
export interface ProgramCriteriaOverview {
  current: ProgramCriteriaVersion;
  history: ProgramCriteriaVersion[];
}

/** POST /api/patients/:id/evaluations body. */
export interface EvaluationRequest {
  facts: ClinicalFactsDto;
}

/** An evaluation as saved: the facts, every rule set's answer, and the versions that produced it. */
export interface StoredEvaluation {
  id: string;
  patientId: string;
  /** The facts' phase; null when the facts did not say. */
  phase: EvaluationPhase | null;
  facts: ClinicalFactsDto;
  results: RuleSetResultDto[];
  engineVersion: string;
  /** Rule-set id → version, for every rule set the engine had. */
  ruleSetVersions: Record<string, string>;
  programCriteriaVersion: string;
  createdAt: string;
  createdBy: PersonRef;
}

/** GET /api/patients/:id/evaluations: newest first. */
export interface EvaluationList {
  items: StoredEvaluation[];
}

/** POST /api/self-check: the program's own criteria only; nothing is stored. */
export interface SelfCheckResponse {
  result: RuleSetResultDto;
}

/** GET /api/self-check/criteria: the criteria the public self-check applies. */
export interface SelfCheckCriteria {
  version: string;
  criteria: ProgramCriteriaDto;
}

import type { EvaluationPhase } from './candidacy.ts';
import type { Page } from './page.ts';
import type { Patient } from './patient.ts';

/**
 * Where the latest plan stands: none saved; its current version unsigned (draft, or refused when
 * the engine refused it); reviewed by a medical physicist; or also approved by a radiation oncologist.
 */
export const PLAN_STATUSES = ['none', 'draft', 'refused', 'physics-reviewed', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The program row's answer in the patient's latest candidacy evaluation. */
export interface CandidacyGlance {
  evaluationId: string;
  /** The program row's category ("eligible", "ineligible", "indeterminate"…). */
  category: string;
  phase: EvaluationPhase | null;
  evaluatedAt: string;
}

export interface PlanGlance {
  status: PlanStatus;
  /** The latest plan and its current version; null when no plan is saved. */
  planId: string | null;
  version: number | null;
}

/** A patient's state at a glance, computed by the server for lists and the patient page. */
export interface PatientStatus {
  candidacy: CandidacyGlance | null;
  plan: PlanGlance;
  /** What still has to be done, in words ("no candidacy evaluation", …). */
  missing: string[];
}

export type PatientWithStatus = Patient & { status: PatientStatus };

export type PatientStatusPage = Page<PatientWithStatus>;

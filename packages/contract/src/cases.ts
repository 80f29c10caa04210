import type { OrDeliveryStatus } from './or-session.ts';
import type { PersonRef } from './candidacy.ts';
import type { SignatureAuthMethod } from './sso.ts';
import type {
  CasePlanKind,
  Consent,
  ConsentScanType,
  ExpectedBalloon,
  Laterality,
  PostPathologyDecision,
  Referral,
  Scheduling,
  TeamDecision,
  TreatmentUnit,
  WrittenDirective,
} from './case-steps.ts';
import type { Role } from './roles.ts';

/** The steps of a case, in their natural order (issue 12). Ids are stored: never rename one. */
export const CASE_STEPS = [
  'referral',
  'candidacy',
  'decision',
  'consent',
  'scheduling',
  'directive',
  'plans',
  'delivery',
  'final-pathology',
  'post-pathology-decision',
  'closed',
] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export const CASE_STEP_LABELS: Record<CaseStep, string> = {
  referral: 'Referral',
  candidacy: 'Candidacy',
  decision: 'Team decision',
  consent: 'Consent',
  scheduling: 'Scheduling',
  directive: 'Written directive',
  plans: 'Plans',
  delivery: 'Delivery',
  'final-pathology': 'Final pathology',
  'post-pathology-decision': 'Post-pathology decision',
  closed: 'Closed',
};

export type CaseStatus = 'open' | 'closed' | 'withdrawn';

/**
 * Why a step cannot be taken now. Stable ids: clients switch on these, never on the text
 * (answered as 409 `step-refused` with `reason`).
 */
export const STEP_REFUSALS = [
  'case-not-open',
  'case-exists-for-breast',
  'decision-needs-evaluation',
  'evaluation-not-in-case',
  'evaluation-of-other-patient',
  'consent-needs-offer-decision',
  'directive-needs-offer-decision',
  'directive-change-needs-reason',
  'plan-of-other-patient',
  'plan-needs-offer-decision',
  'final-plan-needs-directive',
  'final-pathology-needs-operation',
  'final-pathology-before-operation',
  'post-pathology-needs-final-pathology',
  'close-needs-post-pathology-decision',
] as const;
export type StepRefusal = (typeof STEP_REFUSALS)[number];

/** One step's record: what was entered, by whom, when, and its version. */
export interface StepRecord<T> {
  data: T;
  version: number;
  recordedAt: string;
  recordedBy: PersonRef;
}

export interface DirectiveVersion {
  version: number;
  directive: WrittenDirective;
  reason: string | null;
  meaning: string;
  signedAt: string;
  signedBy: PersonRef;
  /** How the signer was authenticated: password re-entry or a fresh identity-provider sign-in. */
  authMethod: SignatureAuthMethod;
  /** When the signer signed in at the identity provider (oidc only), else null. */
  authTime: string | null;
}

export interface CaseEvaluationLink {
  evaluationId: string;
  phase: 'preoperative' | 'final-pathology' | null;
  evaluatedAt: string;
  linkedAt: string;
  linkedBy: PersonRef;
}

export interface CasePlanLink {
  planId: string;
  kind: CasePlanKind;
  linkedAt: string;
  linkedBy: PersonRef;
}

export interface ConsentScanInfo {
  fileName: string;
  contentType: ConsentScanType;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: PersonRef;
}

export type StepState = 'done' | 'waiting' | 'not-yet' | 'not-needed';

/** A step as the pathway sees it: done, the one waited for, later, or not needed any more. */
export interface PathwayStepView {
  step: CaseStep;
  state: StepState;
  /** Who must act when the step waits. */
  roles: Role[];
  /** YYYY-MM-DD; null when the pathway sets no date for this step. */
  dueDate: string | null;
  overdue: boolean;
  /** Why, in words (e.g. "recorded in the operating room"). */
  note: string | null;
}

export interface NextStep {
  step: CaseStep;
  roles: Role[];
  /** The people assigned on the case for those roles (scheduling), when any. */
  people: PersonRef[];
  dueDate: string | null;
  overdue: boolean;
  note: string | null;
}

export interface PathwayView {
  steps: PathwayStepView[];
  /** The first step waited for, in the natural order; null for a closed or withdrawn case. */
  next: NextStep | null;
  /** Every step that can be taken now and is not done (several can run side by side). */
  waiting: NextStep[];
}

export interface CaseClosure {
  kind: 'closed' | 'withdrawn';
  reason: string | null;
  at: string;
  by: PersonRef;
}

/** GET /api/cases/:caseId */
export interface CaseView {
  id: string;
  patientId: string;
  laterality: Laterality;
  status: CaseStatus;
  /** Changes with every change of the case or its steps. */
  version: number;
  createdAt: string;
  createdBy: PersonRef;
  closure: CaseClosure | null;
  referral: StepRecord<Referral> | null;
  decision: StepRecord<TeamDecision> | null;
  consent: StepRecord<Consent> | null;
  consentScan: ConsentScanInfo | null;
  scheduling: StepRecord<Scheduling> | null;
  /** Names of the people scheduling chose, by their ids. */
  scheduledPeople: PersonRef[];
  treatmentUnit: StepRecord<TreatmentUnit> | null;
  expectedBalloon: StepRecord<ExpectedBalloon> | null;
  directive: { current: DirectiveVersion | null; history: DirectiveVersion[] };
  evaluations: CaseEvaluationLink[];
  plans: CasePlanLink[];
  postPathologyDecision: StepRecord<PostPathologyDecision> | null;
  /** The case's OR sessions, oldest first, with their treatment records' state. */
  deliveries: CaseDelivery[];
  pathway: PathwayView;
}

/** One OR session of a case. */
export interface CaseDelivery {
  sessionId: string;
  planId: string;
  status: OrDeliveryStatus;
  recordStatus: 'draft' | 'partly-signed' | 'signed';
  createdAt: string;
}

/** A case in a list (the patient page, the worklist). */
export interface CaseSummary {
  id: string;
  patientId: string;
  laterality: Laterality;
  status: CaseStatus;
  version: number;
  createdAt: string;
  operationDate: string | null;
  room: string | null;
  next: NextStep | null;
  waiting: NextStep[];
}

export interface CaseList {
  items: CaseSummary[];
}

export interface WorklistItem extends CaseSummary {
  patient: { id: string; mrn: string; familyName: string; givenName: string; isDemo: boolean };
}

/** GET /api/worklist */
export interface Worklist {
  today: string;
  /** Open cases operated from today up to `days` ahead, by date. */
  upcoming: WorklistItem[];
  /** Every open case (after the filter), overdue first, then by due date. */
  open: WorklistItem[];
  /** Open cases by the step they wait for (unfiltered), for the program lead. */
  countsByStep: Partial<Record<CaseStep, number>>;
  /** Of those, how many are overdue. */
  overdueCount: number;
}

/** GET /api/cases/staff: active people a case can be scheduled with. */
export interface StaffList {
  items: (PersonRef & { role: Role })[];
}

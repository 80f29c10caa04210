import type {
  CasePlanKind,
  CaseStatus,
  CaseStep,
  NextStep,
  PathwayStepView,
  PathwayView,
  Role,
  StepRefusal,
  StepState,
  TeamDecisionOutcome,
} from '@openiort/contract';

/**
 * The case pathway's rules, pure (no database, no clock: `today` is passed in): which steps are
 * done, which wait and for whom, when each is due, and which actions are refused and why.
 * The server is their only judge; the web shows what the server answers (ADR 0013).
 */
export interface PathwaySnapshot {
  status: CaseStatus;
  referralDate: string | null;
  evaluations: { id: string; phase: 'preoperative' | 'final-pathology' | null }[];
  /** When the final-pathology evaluation was linked (YYYY-MM-DD), if it was. */
  finalPathologyDate: string | null;
  decision: TeamDecisionOutcome | null;
  hasConsent: boolean;
  operationDate: string | null;
  hasTreatmentUnit: boolean;
  directiveVersions: number;
  planKinds: CasePlanKind[];
  hasPostPathologyDecision: boolean;
  /**
   * Where the case's OR delivery stands: no session, a session not finished, finished but its
   * treatment record not signed by both, or a record signed by both.
   */
  delivery: 'none' | 'in-progress' | 'finished' | 'signed';
}

/**
 * OpenIORT's own default time frames, not published ones (no source in the reference notes):
 * a team decision within 14 days of referral; consent, directive, treatment unit and pre-plan
 * the day before the operation; final pathology within 21 days of it; the post-pathology
 * decision within 7 days of final pathology.
 */
export const DUE = {
  decisionDaysAfterReferral: 14,
  beforeOperationDays: 1,
  finalPathologyDaysAfterOperation: 21,
  postPathologyDaysAfterFinalPathology: 7,
} as const;

const DELIVERY_NOTES: Record<PathwaySnapshot['delivery'], string> = {
  none: 'Recorded in the operating room: open the OR session from the final plan.',
  'in-progress': 'The OR session has not finished.',
  finished:
    'The delivery has finished; its treatment record waits for reconciliation, the sign-out and both signatures.',
  signed: 'The treatment record is signed by the radiation oncologist and the physicist.',
};

/** Who acts on each step (the role × action matrix says the same for the routes). */
export const STEP_ROLES: Record<CaseStep, Role[]> = {
  referral: ['surgeon'],
  candidacy: ['surgeon', 'nurse', 'radiation-oncologist'],
  decision: ['radiation-oncologist'],
  consent: ['nurse'],
  scheduling: ['surgeon', 'nurse'],
  directive: ['radiation-oncologist'],
  plans: ['medical-physicist'],
  delivery: ['radiation-oncologist', 'medical-physicist'],
  'final-pathology': ['surgeon'],
  'post-pathology-decision': ['radiation-oncologist'],
  closed: ['radiation-oncologist'],
};

export function addDays(date: string, days: number): string {
  const t = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + days,
  );
  return new Date(t).toISOString().slice(0, 10);
}

const hasPreoperative = (s: PathwaySnapshot) =>
  s.evaluations.some((e) => e.phase !== 'final-pathology');
const hasFinalPathology = (s: PathwaySnapshot) =>
  s.evaluations.some((e) => e.phase === 'final-pathology');
const offered = (s: PathwaySnapshot) => s.decision === 'offer-iort';

interface StepFacts {
  done: boolean;
  /** Can be taken now (when not done). */
  open: boolean;
  notNeeded?: boolean;
  roles?: Role[];
  due: string | null;
  note?: string;
}

/** Each step's facts, from the snapshot. */
function stepFacts(s: PathwaySnapshot, today: string): Record<CaseStep, StepFacts> {
  const declined = s.decision === 'do-not-offer';
  const beforeOperation =
    s.operationDate === null ? null : addDays(s.operationDate, -DUE.beforeOperationDays);
  const preOperative = (done: boolean): StepFacts => ({
    done,
    open: offered(s),
    notNeeded: declined,
    due: beforeOperation,
  });
  const scheduled = s.operationDate !== null;
  const decisionDue =
    s.referralDate === null ? null : addDays(s.referralDate, DUE.decisionDaysAfterReferral);
  return {
    referral: { done: s.referralDate !== null, open: true, due: null },
    candidacy: { done: hasPreoperative(s), open: true, due: decisionDue },
    decision: {
      done: s.decision !== null && s.decision !== 'need-more-information',
      open: hasPreoperative(s),
      due: decisionDue,
      ...(s.decision === 'need-more-information'
        ? { note: 'The team asked for more information; decide again.' }
        : {}),
    },
    consent: preOperative(s.hasConsent),
    scheduling: {
      done: scheduled && s.hasTreatmentUnit,
      // May be recorded any time (the theatre is often booked early) but is awaited after the offer.
      open: offered(s),
      notNeeded: declined,
      due: scheduled ? beforeOperation : null,
      ...(scheduled && !s.hasTreatmentUnit
        ? { roles: ['medical-physicist'], note: 'The treatment unit is still to be named.' }
        : {}),
    },
    directive: preOperative(s.directiveVersions > 0),
    plans: {
      ...preOperative(s.planKinds.includes('pre-plan')),
      note: 'The pre-plan from the expected balloon; the final plan is made in the operating room.',
    },
    delivery: {
      done: s.delivery === 'signed',
      // Awaited from scheduling until the day of the operation; after it only while a session
      // of this case waits for its treatment record (then overdue), so a case whose IORT was
      // not given in the end does not wait for ever.
      open:
        offered(s) &&
        s.operationDate !== null &&
        (s.operationDate >= today || s.delivery !== 'none') &&
        !(s.delivery === 'none' && hasFinalPathology(s)),
      notNeeded: declined,
      due: s.operationDate,
      note: DELIVERY_NOTES[s.delivery],
    },
    'final-pathology': {
      done: hasFinalPathology(s),
      open: offered(s) && s.operationDate !== null && s.operationDate <= today,
      notNeeded: declined,
      due:
        s.operationDate === null
          ? null
          : addDays(s.operationDate, DUE.finalPathologyDaysAfterOperation),
      note: 'Entered once as a final-pathology evaluation on the candidacy page, then linked here.',
    },
    'post-pathology-decision': {
      done: s.hasPostPathologyDecision,
      open: hasFinalPathology(s),
      notNeeded: declined,
      due:
        s.finalPathologyDate === null
          ? null
          : addDays(s.finalPathologyDate, DUE.postPathologyDaysAfterFinalPathology),
    },
    closed: {
      done: s.status !== 'open',
      open: s.hasPostPathologyDecision || declined,
      due: null,
    },
  };
}

function stateOf(f: StepFacts, caseOpen: boolean): StepState {
  if (f.done) return 'done';
  if (f.notNeeded === true) return 'not-needed';
  return f.open && caseOpen ? 'waiting' : 'not-yet';
}

/** Whether a step is awaited now. */
const isPending = (f: StepFacts, caseOpen: boolean) =>
  caseOpen && f.open && !f.done && f.notNeeded !== true;

/** The pathway of one case on `today` (YYYY-MM-DD): every step's state, and what waits for whom. */
export function pathwayView(s: PathwaySnapshot, today: string): PathwayView {
  const facts = stepFacts(s, today);
  const caseOpen = s.status === 'open';
  const steps: PathwayStepView[] = (Object.keys(facts) as CaseStep[]).map((step) => {
    const f = facts[step];
    const state = stateOf(f, caseOpen);
    const pending = isPending(f, caseOpen);
    return {
      step,
      state,
      roles: f.roles ?? STEP_ROLES[step],
      dueDate: state === 'done' || state === 'not-needed' ? null : f.due,
      overdue: pending && f.due !== null && f.due < today,
      note: f.note ?? null,
    };
  });
  const waiting: NextStep[] = steps
    .filter((v) => isPending(facts[v.step], caseOpen))
    .map((v) => ({
      step: v.step,
      roles: v.roles,
      people: [],
      dueDate: v.dueDate,
      overdue: v.overdue,
      note: v.note,
    }));
  return { steps, next: caseOpen ? (waiting[0] ?? null) : null, waiting: caseOpen ? waiting : [] };
}

/** What someone tries to do to a case. */
export type CaseAction =
  | { kind: 'save'; step: 'referral' | 'scheduling' | 'treatment-unit' | 'balloon' }
  | { kind: 'save'; step: 'decision'; evaluationId: string }
  | { kind: 'save'; step: 'consent' | 'post-pathology-decision' }
  | { kind: 'directive'; hasReason: boolean }
  | { kind: 'link-evaluation'; phase: 'preoperative' | 'final-pathology' | null }
  | { kind: 'link-plan'; planKind: CasePlanKind }
  | { kind: 'close' }
  | { kind: 'withdraw' };

export interface Refusal {
  reason: StepRefusal;
  detail: string;
}

const refuse = (reason: StepRefusal, detail: string): Refusal => ({ reason, detail });

function refusalForSave(s: PathwaySnapshot, action: CaseAction & { kind: 'save' }) {
  if (action.step === 'decision') {
    if (!hasPreoperative(s))
      return refuse(
        'decision-needs-evaluation',
        'The team decision relies on a candidacy evaluation: link one to the case first.',
      );
    if (!s.evaluations.some((e) => e.id === action.evaluationId))
      return refuse(
        'evaluation-not-in-case',
        'The evaluation the decision relied on must be one linked to this case.',
      );
  }
  if (action.step === 'consent' && !offered(s))
    return refuse(
      'consent-needs-offer-decision',
      'Consent to IORT is taken after the team decided to offer IORT.',
    );
  if (action.step === 'post-pathology-decision' && !hasFinalPathology(s))
    return refuse(
      'post-pathology-needs-final-pathology',
      'The post-pathology decision needs the final pathology: link a final-pathology evaluation first.',
    );
  return undefined;
}

/** Why `action` cannot be taken on this case today, or undefined when it can. */
export function refusalOf(
  s: PathwaySnapshot,
  action: CaseAction,
  today: string,
): Refusal | undefined {
  if (s.status !== 'open')
    return refuse('case-not-open', `This case is ${s.status}; nothing more can be recorded.`);
  switch (action.kind) {
    case 'save':
      return refusalForSave(s, action);
    case 'directive':
      if (!offered(s))
        return refuse(
          'directive-needs-offer-decision',
          'A written directive needs a team decision to offer IORT.',
        );
      if (s.directiveVersions > 0 && !action.hasReason)
        return refuse(
          'directive-change-needs-reason',
          'The directive is locked: a change is a new signed version and needs a reason.',
        );
      return undefined;
    case 'link-evaluation':
      if (action.phase !== 'final-pathology') return undefined;
      if (s.operationDate === null)
        return refuse(
          'final-pathology-needs-operation',
          'Final pathology follows the operation: schedule the operation first.',
        );
      if (s.operationDate > today)
        return refuse(
          'final-pathology-before-operation',
          `Final pathology follows the operation, planned on ${s.operationDate}.`,
        );
      return undefined;
    case 'link-plan':
      if (!offered(s))
        return refuse('plan-needs-offer-decision', 'Plans need a team decision to offer IORT.');
      if (action.planKind === 'final' && s.directiveVersions === 0)
        return refuse(
          'final-plan-needs-directive',
          'The final plan follows the locked written directive: sign the directive first.',
        );
      return undefined;
    case 'close':
      if (!s.hasPostPathologyDecision && s.decision !== 'do-not-offer')
        return refuse(
          'close-needs-post-pathology-decision',
          'A case closes after the post-pathology decision (or a decision not to offer IORT); withdraw it otherwise, with a reason.',
        );
      return undefined;
    case 'withdraw':
      return undefined;
  }
}

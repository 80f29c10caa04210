import type { ClinicalFacts } from '@openiort/guidelines';
import {
  EMPTY_ANSWERS,
  answersToFacts,
  type AnswerErrors,
  type SelfCheckAnswers,
} from './self-check-answers.ts';

/**
 * The self-check's answers and which of them a shown result belongs to. Every change of an
 * answer makes a new revision; a result is shown only for the revision that was checked, so a
 * changed answer hides the previous result until the patient checks again (issue 10 §1).
 */
export interface SelfCheckFlow {
  answers: SelfCheckAnswers;
  errors: AnswerErrors;
  revision: number;
  /** The revision sent for checking; null when nothing was sent since the last change. */
  checkedRevision: number | null;
}

export const INITIAL_FLOW: SelfCheckFlow = {
  answers: EMPTY_ANSWERS,
  errors: {},
  revision: 0,
  checkedRevision: null,
};

/** An answer changed. A changed size or unit needs its plausibility confirmed again. */
export function changeAnswers(
  flow: SelfCheckFlow,
  patch: Partial<SelfCheckAnswers>,
): SelfCheckFlow {
  const sizeTouched = 'size' in patch || 'sizeUnit' in patch;
  const answers = {
    ...flow.answers,
    ...(sizeTouched ? { sizeConfirmed: false } : {}),
    ...patch,
  };
  // A size message names the size and unit typed; once they change it would be stale.
  const errors = sizeTouched ? { ...flow.errors, size: undefined } : flow.errors;
  return { ...flow, answers, errors, revision: flow.revision + 1, checkedRevision: null };
}

/** "Check my answers": facts to send, or the errors to show (and nothing is sent). */
export function submitAnswers(flow: SelfCheckFlow): {
  flow: SelfCheckFlow;
  facts: ClinicalFacts | null;
} {
  const checked = answersToFacts(flow.answers);
  if (!checked.ok) {
    return { flow: { ...flow, errors: checked.errors, checkedRevision: null }, facts: null };
  }
  return { flow: { ...flow, errors: {}, checkedRevision: flow.revision }, facts: checked.facts };
}

/** Whether a result on screen still belongs to the answers as they are now. */
export function resultIsCurrent(flow: SelfCheckFlow): boolean {
  return flow.checkedRevision === flow.revision;
}

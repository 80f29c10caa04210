import type {
  LiveDeliveryView,
  OrInterruptionCategory,
  OrSessionState,
  OrTermination,
} from '@openiort/contract';

export type DeliveryAction =
  'start' | 'interrupt' | 'source-change' | 'resume' | 'complete' | 'abandon';

export const CATEGORY_LABELS: Record<OrInterruptionCategory, string> = {
  'patient-or-surgical': 'Patient or surgical',
  'device-fault': 'Device fault',
  'source-failure': 'Source failure',
  power: 'Power',
  safety: 'Safety',
};

export const TERMINATION_LABELS: Record<OrTermination, string> = {
  operator: 'Operator stopped the beam',
  machine: 'Machine stopped the beam',
};

const STATUS_WORDS: Record<OrSessionState['status'], string> = {
  'not-started': 'not started',
  delivering: 'delivering',
  interrupted: 'interrupted',
  complete: 'complete',
  abandoned: 'abandoned',
};

export const statusWord = (status: OrSessionState['status']) => STATUS_WORDS[status];

/** Under half a second left is the clock's rounding, not time the patient is owed. */
const DONE_S = 0.5;

/**
 * For each action, null when it may be taken now, else why not — shown under the disabled
 * button. The server decides again (the engine's rules); this only keeps people from pressing
 * what cannot work.
 */
export function actionBlockers(
  state: OrSessionState,
  view: LiveDeliveryView,
  may: { operate: boolean; decide: boolean },
): Record<DeliveryAction, string | null> {
  const { status } = state;
  const finished = status === 'complete' || status === 'abandoned';
  const closed = finished ? `The delivery is ${statusWord(status)}.` : null;
  const operator = may.operate
    ? null
    : 'A medical physicist or radiation oncologist runs the delivery.';
  const first = (...reasons: (string | null)[]) => reasons.find((r) => r !== null) ?? null;
  const gates = state.beamOnGates.filter((g) => !g.ok).map((g) => g.reason ?? g.name);
  return {
    start: first(
      operator,
      closed,
      status === 'not-started' ? null : 'The delivery has started.',
      gates.length > 0 ? gates.join(' ') : null,
    ),
    interrupt: first(operator, closed, status === 'delivering' ? null : 'The beam is not on.'),
    'source-change': first(
      operator,
      closed,
      status === 'interrupted' ? null : 'Interrupt the delivery before changing the source.',
    ),
    resume: first(
      operator,
      closed,
      status === 'interrupted' ? null : 'Only an interrupted delivery resumes.',
      view.remainingTimeS > DONE_S ? null : 'Nothing remains to deliver.',
    ),
    complete: first(
      operator,
      closed,
      status === 'not-started' ? 'The delivery has not started.' : null,
      // Only once the countdown shows 0:00: the server refuses a complete while any time remains.
      view.remainingTimeS <= 1e-6
        ? null
        : `${String(Math.ceil(view.remainingTimeS))} s remain: resume, or abandon with a reason.`,
    ),
    abandon: first(
      may.decide ? null : 'Abandoning is the radiation oncologist’s decision.',
      closed,
    ),
  };
}

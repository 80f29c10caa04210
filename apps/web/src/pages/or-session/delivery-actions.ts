import { isDeliveryFinished } from '@openiort/contract';
import type {
  LiveDeliveryView,
  OrInterruptionCategory,
  OrSessionState,
  OrTermination,
} from '@openiort/contract';
import type { TFunction } from 'i18next';

export type DeliveryAction =
  'start' | 'interrupt' | 'source-change' | 'resume' | 'complete' | 'abandon';

/** The clinician strings' key for each interruption category. */
export const CATEGORY_LABELS: Record<OrInterruptionCategory, string> = {
  'patient-or-surgical': 'orSession.category.patientOrSurgical',
  'device-fault': 'orSession.category.deviceFault',
  'source-failure': 'orSession.category.sourceFailure',
  power: 'orSession.category.power',
  safety: 'orSession.category.safety',
};

/** The clinician strings' key for who stopped the beam. */
export const TERMINATION_LABELS: Record<OrTermination, string> = {
  operator: 'orSession.termination.operator',
  machine: 'orSession.termination.machine',
};

const STATUS_WORDS: Record<OrSessionState['status'], string> = {
  'not-started': 'orSession.status.notStarted',
  delivering: 'orSession.status.delivering',
  interrupted: 'orSession.status.interrupted',
  complete: 'orSession.status.complete',
  abandoned: 'orSession.status.abandoned',
};

/** The session's status in words; `t` of the clinician namespace. */
export const statusWord = (t: TFunction, status: OrSessionState['status']) =>
  t(STATUS_WORDS[status]);

/** Under half a second left is the clock's rounding, not time the patient is owed. */
const DONE_S = 0.5;

/**
 * For each action, null when it may be taken now, else why not — shown under the disabled
 * button. The server decides again (the engine's rules); this only keeps people from pressing
 * what cannot work. `t` of the clinician namespace.
 */
export function actionBlockers(
  t: TFunction,
  state: OrSessionState,
  view: LiveDeliveryView,
  may: { operate: boolean; decide: boolean },
): Record<DeliveryAction, string | null> {
  const { status } = state;
  const finished = isDeliveryFinished(status);
  const closed = finished
    ? t('orSession.actions.why.closed', { status: statusWord(t, status) })
    : null;
  const operator = may.operate ? null : t('orSession.actions.why.operator');
  const first = (...reasons: (string | null)[]) => reasons.find((r) => r !== null) ?? null;
  const gates = state.beamOnGates.filter((g) => !g.ok).map((g) => g.reason ?? g.name);
  return {
    start: first(
      operator,
      closed,
      status === 'not-started' ? null : t('orSession.actions.why.started'),
      gates.length > 0 ? gates.join(' ') : null,
    ),
    interrupt: first(
      operator,
      closed,
      status === 'delivering' ? null : t('orSession.actions.why.beamNotOn'),
    ),
    'source-change': first(
      operator,
      closed,
      status === 'interrupted' ? null : t('orSession.actions.why.interruptFirst'),
    ),
    resume: first(
      operator,
      closed,
      status === 'interrupted' ? null : t('orSession.actions.why.onlyInterrupted'),
      view.remainingTimeS > DONE_S ? null : t('orSession.actions.why.nothingRemains'),
    ),
    complete: first(
      operator,
      closed,
      status === 'not-started' ? t('orSession.actions.why.notStarted') : null,
      // Only once the countdown shows 0:00: the server refuses a complete while any time remains.
      view.remainingTimeS <= 1e-6
        ? null
        : t('orSession.actions.why.remain', { seconds: Math.ceil(view.remainingTimeS) }),
    ),
    abandon: first(may.decide ? null : t('orSession.actions.why.decide'), closed),
  };
}

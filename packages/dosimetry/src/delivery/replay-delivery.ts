import type { DeliveryEvent } from './delivery-events.ts';

/** What a delivery needs of its plan: the dwells in plan order, the strength and the shares. */
export interface DeliveryPlan {
  dwells: readonly { positionCm: readonly [number, number, number]; timeS: number }[];
  /** S_K the planned times are for, U. */
  airKermaStrengthU: number;
  /** Each dwell's planned share of the dose at the prescription reference, Gy. */
  referenceContributionsGy: readonly number[];
  prescribedDoseGy: number;
}

export type DeliveryStatus =
  'not-started' | 'delivering' | 'interrupted' | 'complete' | 'abandoned';

export interface DwellDelivery {
  index: number;
  positionCm: readonly [number, number, number];
  /** Planned time at the planned strength, s. */
  plannedTimeS: number;
  /** Real seconds the source spent at this dwell. */
  deliveredTimeS: number;
  /** Real seconds still needed at the current strength. */
  remainingTimeS: number;
}

export interface DeliverySummary {
  status: DeliveryStatus;
  dwells: DwellDelivery[];
  beamOnTimeS: number;
  remainingTimeS: number;
  deliveredDoseGy: number;
  prescribedDoseGy: number;
  deviationPercent: number;
  /** The deviation reaches the reportable-event threshold (a finished or abandoned delivery). */
  reportable: boolean;
}

export interface DeliveryRefusal {
  /** Index of the refused event in the list. */
  index: number;
  message: string;
}

/**
 * Default reportable-event threshold, %: a delivered dose differing from the prescribed one by
 * 20 % or more (operating-room.md §1.1: 10 CFR 35.3045, 25 Pa. Code §219.3). Program data.
 */
export const DEFAULT_REPORTABLE_DEVIATION_PERCENT = 20;

/** Below this many seconds a remainder is rounding, not time still owed. */
const EPSILON_S = 1e-9;

/**
 * Replays a delivery's events over its plan: the source steps through the dwells that have time,
 * in plan order; the beam is on only from start or resume to the next interrupt, complete or
 * abandon, and never longer than what remains. Time given at strength S counts as S / S_plan of
 * planned time, so after a source change the remaining real time of a dwell is
 * (planned − delivered equivalent) × S_plan / S_new. The delivered dose at the prescription
 * reference is Σ each dwell's planned share × the fraction of its planned time it received.
 * Pure: no clock; `atS` is the only time.
 */
export function replayDelivery(
  plan: DeliveryPlan,
  events: readonly DeliveryEvent[],
  reportableDeviationPercent = DEFAULT_REPORTABLE_DEVIATION_PERCENT,
): { ok: true; summary: DeliverySummary } | { ok: false; refusal: DeliveryRefusal } {
  const plannedS = plan.dwells.map((d) => d.timeS);
  const equivalentS = plannedS.map(() => 0); // planned-strength seconds given
  const realS = plannedS.map(() => 0);
  let strength = plan.airKermaStrengthU;
  let status: DeliveryStatus = 'not-started';
  let beamSince = 0;
  let lastAtS = 0;

  const remainingRealS = (j: number) =>
    Math.max(0, (plannedS[j] ?? 0) - (equivalentS[j] ?? 0)) * (plan.airKermaStrengthU / strength);
  const totalRemainingS = () => plannedS.reduce((sum, _p, j) => sum + remainingRealS(j), 0);

  /** The beam ran from `beamSince` to `toS`: give the dwells their time in order. */
  const runBeam = (toS: number) => {
    let available = toS - beamSince;
    for (let j = 0; j < plannedS.length && available > EPSILON_S; j++) {
      const needed = remainingRealS(j);
      if (needed <= EPSILON_S) continue;
      const given = Math.min(available, needed);
      realS[j] = (realS[j] ?? 0) + given;
      equivalentS[j] = (equivalentS[j] ?? 0) + (given * strength) / plan.airKermaStrengthU;
      available -= given;
    }
    beamSince = toS;
  };

  for (const [index, event] of events.entries()) {
    const refuse = (message: string) => ({ ok: false as const, refusal: { index, message } });
    if (event.atS < lastAtS)
      return refuse(`atS ${String(event.atS)} is before the previous event's ${String(lastAtS)}`);
    lastAtS = event.atS;
    if (status === 'complete' || status === 'abandoned')
      return refuse(
        `${event.type} after the delivery was ${status === 'complete' ? 'completed' : 'abandoned'}`,
      );
    switch (event.type) {
      case 'start':
        if (status !== 'not-started') return refuse('start after the delivery had started');
        status = 'delivering';
        beamSince = event.atS;
        break;
      case 'interrupt':
        if (status !== 'delivering') return refuse(`interrupt while ${status}`);
        runBeam(event.atS);
        status = 'interrupted';
        break;
      case 'resume':
        if (status !== 'interrupted')
          return refuse(`resume before interrupt (the delivery is ${status})`);
        status = 'delivering';
        beamSince = event.atS;
        break;
      case 'source-change':
        if (status !== 'interrupted')
          return refuse(`source-change while ${status}: interrupt the delivery first`);
        strength = event.airKermaStrengthU;
        break;
      case 'complete': {
        if (status === 'not-started') return refuse('complete before start');
        if (status === 'delivering') runBeam(event.atS);
        const left = totalRemainingS();
        if (left > EPSILON_S)
          return refuse(
            `complete while ${left.toFixed(1)} s remain: resume, or abandon with a reason`,
          );
        status = 'complete';
        break;
      }
      case 'abandon':
        if (status === 'delivering') runBeam(event.atS);
        status = 'abandoned';
        break;
    }
  }

  const fractionGiven = (j: number) =>
    (plannedS[j] ?? 0) > 0 ? Math.min(1, (equivalentS[j] ?? 0) / (plannedS[j] ?? 1)) : 0;
  const deliveredDoseGy = plan.referenceContributionsGy.reduce(
    (sum, share, j) => sum + share * fractionGiven(j),
    0,
  );
  const deviationPercent =
    ((deliveredDoseGy - plan.prescribedDoseGy) / plan.prescribedDoseGy) * 100;
  const finished = status === 'complete' || status === 'abandoned';
  return {
    ok: true,
    summary: {
      status,
      dwells: plan.dwells.map((d, j) => ({
        index: j,
        positionCm: d.positionCm,
        plannedTimeS: d.timeS,
        deliveredTimeS: realS[j] ?? 0,
        remainingTimeS: remainingRealS(j),
      })),
      beamOnTimeS: realS.reduce((sum, s) => sum + s, 0),
      remainingTimeS: totalRemainingS(),
      deliveredDoseGy,
      prescribedDoseGy: plan.prescribedDoseGy,
      deviationPercent,
      reportable: finished && Math.abs(deviationPercent) >= reportableDeviationPercent,
    },
  };
}

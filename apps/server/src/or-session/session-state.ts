import { isDeliveryFinished } from '@openiort/contract';
import type {
  BeamOnGateResult,
  OrSessionEventDto,
  OrSessionState,
  PersonRef,
} from '@openiort/contract';
import {
  replayDelivery,
  type DeliveryEvent,
  type DeliveryPlan,
  type DeliverySummary,
} from '@openiort/dosimetry';
import type { StrengthRange } from './strength-range.ts';

/** The stored event as the engine reads it (the server's `atS`, the payload's fields). */
export function engineEvent(event: OrSessionEventDto): DeliveryEvent {
  switch (event.type) {
    case 'interrupt':
      return {
        type: 'interrupt',
        atS: event.atS,
        termination: event.termination ?? 'operator',
        ...(event.category === undefined ? {} : { category: event.category }),
        ...(event.reason === undefined ? {} : { reason: event.reason }),
      };
    case 'source-change':
      return {
        type: 'source-change',
        atS: event.atS,
        airKermaStrengthU: event.airKermaStrengthU ?? 0,
      };
    case 'abandon':
      return {
        type: 'abandon',
        atS: event.atS,
        ...(event.reason === undefined ? {} : { reason: event.reason }),
      };
    case 'start':
    case 'resume':
    case 'complete':
      return { type: event.type, atS: event.atS };
  }
}

export interface SessionFacts {
  id: string;
  planId: string;
  planVersion: number;
  patientId: string;
  caseId: string | null;
  createdAt: string;
  createdBy: PersonRef;
  plan: DeliveryPlan;
  demonstration: boolean;
  strengthRange: StrengthRange;
  /** The program's reportable-event threshold in force (program limits), %. */
  reportableDeviationPercent: number;
  gates: BeamOnGateResult[];
}

/** Seconds since the start event at `now`, or null before the start. */
export function secondsSinceStart(events: readonly OrSessionEventDto[], now: Date): number | null {
  const start = events.find((e) => e.type === 'start');
  return start === undefined ? null : (now.getTime() - Date.parse(start.at)) / 1000;
}

/**
 * The session as the room sees it at `now`. The stored events decide the status; while the beam
 * is on, the dwell times include the beam time up to `now` (the replay of the events and an
 * interrupt at `now` that is not stored). Pure: the clock is an argument.
 */
export function sessionState(
  facts: SessionFacts,
  events: readonly OrSessionEventDto[],
  now: Date,
): OrSessionState {
  const engineEvents = events.map(engineEvent);
  const replayed = replayDelivery(facts.plan, engineEvents, facts.reportableDeviationPercent);
  // Stored events were replayed before they were stored; a refusal here means the stored record
  // and the engine disagree, which must stop the room rather than show invented times.
  if (!replayed.ok)
    throw new Error(
      `OR session ${facts.id}: stored event ${String(replayed.refusal.index)} no longer replays: ${replayed.refusal.message}`,
    );
  const lastAtS = events.at(-1)?.atS ?? 0;
  const sinceStartS = secondsSinceStart(events, now);
  let summary: DeliverySummary = replayed.summary;
  if (summary.status === 'delivering' && sinceStartS !== null) {
    const atNow = replayDelivery(
      facts.plan,
      [
        ...engineEvents,
        { type: 'interrupt', atS: Math.max(lastAtS, sinceStartS), termination: 'operator' },
      ],
      facts.reportableDeviationPercent,
    );
    if (atNow.ok) summary = { ...atNow.summary, status: 'delivering' };
  }
  const finished = isDeliveryFinished(summary.status);
  const lastStrength = [...events].reverse().find((e) => e.type === 'source-change');
  return {
    id: facts.id,
    planId: facts.planId,
    planVersion: facts.planVersion,
    patientId: facts.patientId,
    caseId: facts.caseId,
    createdAt: facts.createdAt,
    createdBy: facts.createdBy,
    seq: events.at(-1)?.seq ?? 0,
    status: summary.status,
    serverNow: now.toISOString(),
    startedAt: events.find((e) => e.type === 'start')?.at ?? null,
    elapsedS: sinceStartS === null ? 0 : finished ? lastAtS : Math.max(lastAtS, sinceStartS),
    dwells: summary.dwells.map((d) => ({
      index: d.index,
      positionCm: d.positionCm,
      plannedTimeS: d.plannedTimeS,
      deliveredTimeS: d.deliveredTimeS,
      remainingTimeS: d.remainingTimeS,
    })),
    beamOnTimeS: summary.beamOnTimeS,
    remainingTimeS: summary.remainingTimeS,
    deliveredDoseGy: summary.deliveredDoseGy,
    prescribedDoseGy: summary.prescribedDoseGy,
    deviationPercent: summary.deviationPercent,
    reportable: summary.reportable,
    reportableDeviationPercent: facts.reportableDeviationPercent,
    plannedAirKermaStrengthU: facts.plan.airKermaStrengthU,
    airKermaStrengthU: lastStrength?.airKermaStrengthU ?? facts.plan.airKermaStrengthU,
    plausibleStrengthU: facts.strengthRange,
    demonstration: facts.demonstration,
    beamOnGates: facts.gates,
    events: [...events],
  };
}

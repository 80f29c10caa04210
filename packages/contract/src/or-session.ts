import type { PersonRef } from './candidacy.ts';
import type { Role } from './roles.ts';

/** Where a delivery stands (the engine's DeliveryStatus). */
export type OrDeliveryStatus =
  'not-started' | 'delivering' | 'interrupted' | 'complete' | 'abandoned';

/** Why a delivery was interrupted (operating-room.md §1.3; the engine's INTERRUPTION_CATEGORIES). */
export type OrInterruptionCategory =
  'patient-or-surgical' | 'device-fault' | 'source-failure' | 'power' | 'safety';

/** The delivery has ended: completed, or abandoned by the radiation oncologist. Nothing follows. */
export function isDeliveryFinished(status: string): boolean {
  return status === 'complete' || status === 'abandoned';
}

/** Who stopped the beam (DICOM Treatment Termination Status OPERATOR / MACHINE, operating-room.md §1.4). */
export type OrTermination = 'operator' | 'machine';

/** One stored event of an OR session. The server stamped `at`; `atS` is seconds since the start. */
export interface OrSessionEventDto {
  seq: number;
  type: 'start' | 'interrupt' | 'source-change' | 'resume' | 'complete' | 'abandon';
  at: string;
  atS: number;
  termination?: OrTermination;
  category?: OrInterruptionCategory;
  reason?: string;
  airKermaStrengthU?: number;
  actor: { id: string; name: string; role: Role };
}

export interface OrDwellState {
  index: number;
  positionCm: readonly [number, number, number];
  plannedTimeS: number;
  deliveredTimeS: number;
  remainingTimeS: number;
}

/** One precondition of beam-on, as the server judged it when it built this state. */
export interface BeamOnGateResult {
  name: string;
  ok: boolean;
  reason?: string;
  code?: string;
}

/**
 * An OR session as every device in the room sees it, computed by the server at `serverNow`
 * (dwell times and totals include the beam time up to that instant). Clients move it forward
 * with advanceLiveDelivery and their clock offset; they never compute from their own clock alone.
 */
export interface OrSessionState {
  id: string;
  planId: string;
  planVersion: number;
  patientId: string;
  caseId: string | null;
  createdAt: string;
  createdBy: PersonRef;
  /** Sequence number of the last event (0 before the first): send it back as `expectedSeq`. */
  seq: number;
  status: OrDeliveryStatus;
  serverNow: string;
  startedAt: string | null;
  /** Wall-clock seconds since the start at `serverNow` (frozen at the last event once finished). */
  elapsedS: number;
  dwells: OrDwellState[];
  beamOnTimeS: number;
  remainingTimeS: number;
  /** Dose at the prescription reference delivered so far, Gy. */
  deliveredDoseGy: number;
  prescribedDoseGy: number;
  deviationPercent: number;
  /** |deviation| reached the program's reportable-event threshold (a finished delivery only). */
  reportable: boolean;
  /** That threshold, from the program limits in force, %. */
  reportableDeviationPercent: number;
  plannedAirKermaStrengthU: number;
  /** The strength the remaining times are for (after the last source change), U. */
  airKermaStrengthU: number;
  /** The measured strength a source change must lie in (program limits in force), U. */
  plausibleStrengthU: { minU: number; maxU: number; centreU: number; basis: 'nominal' | 'planned' };
  /** Made with a demonstration source model: a rehearsal, never a treatment record. */
  demonstration: boolean;
  beamOnGates: BeamOnGateResult[];
  events: OrSessionEventDto[];
}

/** One session in GET /api/plans/:planId/or-sessions (newest first). */
export interface OrSessionSummary {
  id: string;
  planVersion: number;
  caseId: string | null;
  status: OrDeliveryStatus;
  seq: number;
  createdAt: string;
}

/** POST /api/plans/:planId/or-sessions */
export interface OrSessionCreateRequest {
  caseId?: string | null;
}

/** POST /api/or-sessions/:sessionId/events (the server stamps the time; clients never send it). */
export type OrSessionEventRequest = { expectedSeq: number } & (
  | { type: 'start' }
  | {
      type: 'interrupt';
      category: OrInterruptionCategory;
      termination: OrTermination;
      reason?: string;
    }
  | { type: 'source-change'; airKermaStrengthU: number }
  | { type: 'resume' }
  | { type: 'complete' }
);

/** POST /api/or-sessions/:sessionId/abandon: the radiation oncologist's decision. */
export interface OrSessionAbandonRequest {
  expectedSeq: number;
  reason: string;
}

/** The live view of a delivery at one instant. */
export interface LiveDeliveryView {
  elapsedS: number;
  remainingTimeS: number;
  beamOnTimeS: number;
  /** The dwell the source is at (or will go to next), null when nothing remains. */
  currentDwellIndex: number | null;
  dwells: { index: number; deliveredTimeS: number; remainingTimeS: number }[];
}

const EPSILON_S = 1e-9;

/**
 * Moves a state computed at `serverNow` forward to `serverNowMs` (the client's estimate of the
 * server's clock). While delivering, the source steps through the dwells that still have time in
 * plan order (the engine's rule, replay-delivery.ts); otherwise only the wall clock moves. Pure, so two devices with the same state and clock agree exactly.
 */
export function advanceLiveDelivery(state: OrSessionState, serverNowMs: number): LiveDeliveryView {
  const sinceS = Math.max(0, (serverNowMs - Date.parse(state.serverNow)) / 1000);
  const running = state.status === 'delivering';
  let available = running ? sinceS : 0;
  const dwells = state.dwells.map((d) => {
    const given = Math.min(available, d.remainingTimeS);
    available -= given;
    return {
      index: d.index,
      deliveredTimeS: d.deliveredTimeS + given,
      remainingTimeS: d.remainingTimeS - given,
    };
  });
  const remainingTimeS = dwells.reduce((sum, d) => sum + d.remainingTimeS, 0);
  const finished = isDeliveryFinished(state.status);
  return {
    elapsedS: state.startedAt === null || finished ? state.elapsedS : state.elapsedS + sinceS,
    remainingTimeS,
    beamOnTimeS: state.beamOnTimeS + (running ? sinceS - available : 0),
    currentDwellIndex: dwells.find((d) => d.remainingTimeS > EPSILON_S)?.index ?? null,
    dwells,
  };
}

/**
 * The client's clock offset from one request: the server's time minus the middle of the
 * request's round trip (Cristian's algorithm). Add it to Date.now() to estimate the server clock.
 */
export function clockOffsetMs(sentAtMs: number, receivedAtMs: number, serverNow: string): number {
  return Date.parse(serverNow) - (sentAtMs + receivedAtMs) / 2;
}

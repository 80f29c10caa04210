/*
 * Reconciliation of a finished delivery with the controller's own log (issue 13: "before the
 * record is signed, the per-dwell times from the controller's own log are entered (or imported as
 * CSV) and compared with what the session recorded; differences are shown and must be
 * acknowledged"). Pure: the caller passes both lists of times.
 */

/**
 * A dwell differs when the session's and the controller's times differ by more than this, s.
 * OpenIORT's own default, not a published figure: the session's times come from clicks on the
 * console (start, interrupt, resume, complete), so about a second of human latency is expected
 * between them and the controller's timer. The references (operating-room.md) give no tolerance.
 */
export const DEFAULT_RECONCILIATION_TOLERANCE_S = 1;

export interface ReconciledDwell {
  /** 0-based dwell index in plan order (the CSV's dwell number − 1). */
  index: number;
  /** Seconds the session recorded at this dwell; null when the session has no such dwell. */
  sessionTimeS: number | null;
  /** Seconds the controller logged at this dwell; null when the log has no such dwell. */
  controllerTimeS: number | null;
  /** controller − session, s; null when one side is missing. */
  differenceS: number | null;
  /** |difference| above the tolerance, or the dwell is missing on one side. */
  differs: boolean;
}

export interface ControllerReconciliation {
  dwells: ReconciledDwell[];
  sessionTotalS: number;
  controllerTotalS: number;
  /** controller total − session total, s. */
  totalDifferenceS: number;
  toleranceS: number;
  /** The two lists have different lengths. */
  dwellCountMismatch: boolean;
  /** Any dwell differs or the counts differ: someone must acknowledge before the record is signed. */
  needsAcknowledgement: boolean;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Compares the session's delivered time per dwell with the controller's, dwell by dwell. */
export function reconcileControllerLog(
  sessionTimesS: readonly number[],
  controllerTimesS: readonly number[],
  toleranceS = DEFAULT_RECONCILIATION_TOLERANCE_S,
): ControllerReconciliation {
  const count = Math.max(sessionTimesS.length, controllerTimesS.length);
  const dwells: ReconciledDwell[] = [];
  for (let index = 0; index < count; index += 1) {
    const sessionTimeS = sessionTimesS[index] ?? null;
    const controllerTimeS = controllerTimesS[index] ?? null;
    const differenceS =
      sessionTimeS === null || controllerTimeS === null ? null : controllerTimeS - sessionTimeS;
    dwells.push({
      index,
      sessionTimeS,
      controllerTimeS,
      differenceS,
      differs: differenceS === null || Math.abs(differenceS) > toleranceS,
    });
  }
  const sessionTotalS = sum(sessionTimesS);
  const controllerTotalS = sum(controllerTimesS);
  const dwellCountMismatch = sessionTimesS.length !== controllerTimesS.length;
  return {
    dwells,
    sessionTotalS,
    controllerTotalS,
    totalDifferenceS: controllerTotalS - sessionTotalS,
    toleranceS,
    dwellCountMismatch,
    needsAcknowledgement: dwellCountMismatch || dwells.some((d) => d.differs),
  };
}

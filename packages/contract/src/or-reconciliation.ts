import { z } from 'zod';
import type { RoomPersonDto } from './or-checks.ts';

/*
 * After the delivery (issue 13): the controller's own per-dwell log compared with the session,
 * and the measurements taken in the room (operating-room.md §1.3, "Measurements" row).
 */

/** Same bounds as the controller-log CSV parser (@openiort/dosimetry controller-log-csv.ts). */
const MAX_DWELLS = 200;
const MAX_DWELL_TIME_S = 3600;
const MAX_CSV_CHARS = 64 * 1024;

/**
 * POST /api/or-sessions/:sessionId/reconciliation. Either the times typed in, one per dwell in
 * plan order, or the CSV text as the controller exported it; the server parses the CSV itself
 * (the same parser the web uses for its preview) and keeps the text with the version.
 */
export const reconciliationRequestSchema = z.discriminatedUnion(
  'source',
  [
    z.strictObject({
      source: z.literal('manual'),
      controllerTimesS: z
        .array(
          z
            .number({ error: 'must be the seconds the controller logged at this dwell' })
            .min(0, 'must be 0 s or more')
            .max(MAX_DWELL_TIME_S, `must be at most ${String(MAX_DWELL_TIME_S)} s at one dwell`),
          { error: 'must be a list of seconds, one per dwell' },
        )
        .min(1, 'must give at least one dwell')
        .max(MAX_DWELLS, `must give at most ${String(MAX_DWELLS)} dwells`),
    }),
    z.strictObject({
      source: z.literal('csv'),
      csv: z
        .string({ error: 'must be the CSV text of the controller log' })
        .min(1, 'must be the CSV text of the controller log')
        .max(MAX_CSV_CHARS, 'must be at most 64 KB'),
    }),
  ],
  { error: 'must be manual or csv' },
);
export type ReconciliationRequest = z.infer<typeof reconciliationRequestSchema>;

/** POST /api/or-sessions/:sessionId/reconciliation/acknowledgement. */
export const reconciliationAcknowledgementSchema = z.strictObject({
  seq: z
    .number({ error: 'must be the number of the reconciliation version acknowledged' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more'),
  note: z
    .string({ error: 'must say why the differences are acceptable' })
    .trim()
    .min(1, 'must say why the differences are acceptable')
    .max(1000, 'must be at most 1000 characters'),
});
export type ReconciliationAcknowledgementRequest = z.infer<
  typeof reconciliationAcknowledgementSchema
>;

/** One dwell compared (the engine's ReconciledDwell). */
export interface ReconciledDwellDto {
  index: number;
  sessionTimeS: number | null;
  controllerTimeS: number | null;
  differenceS: number | null;
  differs: boolean;
}

/** The comparison as the server computed it from the replayed session (ControllerReconciliation). */
export interface ReconciliationComparisonDto {
  dwells: ReconciledDwellDto[];
  sessionTotalS: number;
  controllerTotalS: number;
  totalDifferenceS: number;
  toleranceS: number;
  dwellCountMismatch: boolean;
  needsAcknowledgement: boolean;
}

export interface ReconciliationAcknowledgementDto {
  note: string;
  by: RoomPersonDto;
  at: string;
}

/** One stored version of the reconciliation. */
export interface ReconciliationVersionDto {
  seq: number;
  source: 'manual' | 'csv';
  /** The CSV as sent, for source 'csv'. */
  csv: string | null;
  controllerTimesS: number[];
  comparison: ReconciliationComparisonDto;
  recordedBy: RoomPersonDto;
  recordedAt: string;
  acknowledgement: ReconciliationAcknowledgementDto | null;
}

/** GET /api/or-sessions/:sessionId/reconciliation. */
export interface ReconciliationStateDto {
  /** The latest version, or null before the first. */
  latest: ReconciliationVersionDto | null;
  /** A version exists and it has no differences or they were acknowledged. */
  complete: boolean;
}

export const DOSIMETER_TYPES = ['osld', 'tld', 'film', 'diode', 'other'] as const;
export type DosimeterType = (typeof DOSIMETER_TYPES)[number];

const place = (what: string) =>
  z
    .string({ error: `must name the ${what}` })
    .trim()
    .min(1, `must name the ${what}`)
    .max(200, 'must be at most 200 characters');

/**
 * POST /api/or-sessions/:sessionId/measurements. Bounds are OpenIORT's own plausibility limits
 * (a slip of unit or decimal point, not a measurement): 100 Gy is five times the usual 20 Gy
 * prescription (PRODUCT.md); 100 000 µSv/h is ten times the top of the survey meter range the
 * state rules require (operating-room.md §1.1: IL/NE/VA, 10 µSv/h–10 mSv/h).
 */
export const measurementRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('in-vivo'),
      dosimeterType: z.enum(DOSIMETER_TYPES, {
        error: 'must be osld, tld, film, diode or other',
      }),
      position: place('dosimeter position'),
      readingGy: z
        .number({ error: 'must be the dose read, Gy' })
        .min(0, 'must be 0 Gy or more')
        .max(100, 'must be at most 100 Gy'),
      expectedGy: z
        .number({ error: 'must be the dose expected at the position, Gy' })
        .positive('must be above 0 Gy')
        .max(100, 'must be at most 100 Gy'),
    }),
    z.strictObject({
      kind: z.literal('survey'),
      place: place('place surveyed'),
      doseRateUSvPerH: z
        .number({ error: 'must be the dose rate, µSv/h' })
        .min(0, 'must be 0 µSv/h or more')
        .max(100_000, 'must be at most 100000 µSv/h'),
      instrumentSerial: z
        .string({ error: 'must be the survey meter serial number' })
        .trim()
        .min(1, 'must be the survey meter serial number')
        .max(60, 'must be at most 60 characters'),
      instrumentCalibratedOn: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
    }),
  ],
  { error: 'must be in-vivo or survey' },
);
export type MeasurementRequest = z.infer<typeof measurementRequestSchema>;

/** One stored measurement with what the server derived from it. */
export interface MeasurementDto {
  seq: number;
  measurement: MeasurementRequest;
  /** reading / expected, for in-vivo readings. */
  ratio: number | null;
  /** Warnings that do not refuse the reading (an overdue survey meter calibration). */
  warnings: string[];
  recordedBy: RoomPersonDto;
  recordedAt: string;
}

/**
 * The survey meter's calibration is more than 12 months old on the survey date
 * (operating-room.md §1.1: Illinois 32 IAC 360.130, Nebraska 180 NAC 20-011, Virginia
 * 12VAC5-481-3452, survey meter "calibrated within 12 months"). Dates are YYYY-MM-DD; a
 * calibration on 2025-11-28 covers surveys up to 2026-11-28.
 */
export function surveyCalibrationOverdue(calibratedOn: string, surveyDate: string): boolean {
  const [y = 0, m = 1, d = 1] = calibratedOn.split('-').map(Number);
  const due = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return surveyDate > due;
}

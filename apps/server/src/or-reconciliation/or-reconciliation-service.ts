import {
  measurementRequestSchema,
  reconciliationAcknowledgementSchema,
  reconciliationRequestSchema,
  surveyCalibrationOverdue,
  type MeasurementDto,
  type ReconciliationStateDto,
  type SessionUser,
  isDeliveryFinished,
} from '@openiort/contract';
import { parseControllerLogCsv, reconcileControllerLog } from '@openiort/dosimetry';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import {
  appendToSession,
  nextSessionSeq,
  refuseIfRecordLocked,
} from '../or-session/append-only.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields, validate } from '../http/validate.ts';
import { requireSession, type SessionRow } from '../or-session/or-session-rows.ts';
import { sessionStateOf } from '../or-session/session-facts.ts';
import {
  loadMeasurements,
  loadReconciliation,
  measurementRatio,
} from './or-reconciliation-rows.ts';

export interface OrReconciliationDeps {
  ctx: ServiceContext;
  /**
   * Whether the session's treatment record is signed (or-record). Once it is, nothing here may
   * change: additions go into a dated addendum of the record instead.
   */
  isRecordLocked: (sessionId: string) => Promise<boolean>;
  /** Tells the room's devices to read the session again (or-session notifyRoom). */
  changed?: (sessionId: string) => Promise<void>;
}

/** What every audit row of this capability says besides its action and values. */
const auditBase = (actor: Actor, sessionId: string) => ({
  actor,
  outcome: 'success' as const,
  recordType: 'or-session',
  recordId: sessionId,
});

const person = (user: SessionUser) => ({
  id: user.id,
  displayName: user.displayName,
  role: user.role,
});

/**
 * After the delivery: the controller's per-dwell log compared with what the session recorded
 * (each entry a new version; differences must be acknowledged with a note), and the readings
 * taken in the room (in-vivo dosimeters, survey meter). Append-only and audited; the signed
 * treatment record locks both.
 */
export function createOrReconciliationService({
  ctx,
  isRecordLocked,
  changed = () => Promise.resolve(),
}: OrReconciliationDeps) {
  const session = (sessionId: string): Promise<SessionRow> => requireSession(ctx.db, sessionId);

  /** The session, when a write may still change what its record will hold. */
  const writable = async (sessionId: string): Promise<SessionRow> => {
    const row = await session(sessionId);
    await refuseIfRecordLocked(isRecordLocked, sessionId);
    return row;
  };

  /** Seconds at each dwell as the session recorded them (its events replayed over the plan). */
  const sessionTimesS = async (row: SessionRow): Promise<number[]> => {
    const state = await sessionStateOf(ctx.db, row, ctx.now());
    return state.dwells.map((d) => d.deliveredTimeS);
  };

  return {
    async reconciliation(sessionId: string): Promise<ReconciliationStateDto> {
      await session(sessionId);
      return loadReconciliation(ctx.db, sessionId);
    },

    async recordReconciliation(
      sessionId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<ReconciliationStateDto> {
      const request = validate(reconciliationRequestSchema, body, 'reconciliation');
      let controllerTimesS: number[];
      if (request.source === 'csv') {
        const parsed = parseControllerLogCsv(request.csv);
        if (!parsed.ok)
          throw invalidFields(
            'controller log CSV',
            parsed.problems.map((p) => ({ path: 'csv', message: p.message })),
          );
        controllerTimesS = parsed.controllerTimesS;
      } else controllerTimesS = request.controllerTimesS;
      const row = await writable(sessionId);
      if (!isDeliveryFinished(row.status))
        throw new AppError(
          'conflict',
          `This OR session is ${row.status.replace('-', ' ')}; the controller's log is compared once the delivery is complete or abandoned.`,
        );
      const comparison = reconcileControllerLog(await sessionTimesS(row), controllerTimesS);
      const recordedAt = ctx.now().toISOString();
      await appendToSession('reconciliation or measurement', () =>
        withAudit(
          ctx,
          async (trx) => {
            const seq = await nextSessionSeq(trx, 'or_reconciliations', sessionId);
            await trx
              .insertInto('or_reconciliations')
              .values({
                session_id: sessionId,
                seq,
                source: request.source,
                csv: request.source === 'csv' ? request.csv : null,
                controller_times_json: JSON.stringify(controllerTimesS),
                comparison_json: JSON.stringify(comparison),
                needs_acknowledgement: comparison.needsAcknowledgement ? 1 : 0,
                recorded_by: user.id,
                recorded_by_name: user.displayName,
                recorded_by_role: user.role,
                recorded_at: recordedAt,
              })
              .execute();
            return seq;
          },
          (seq) => ({
            ...auditBase(actor, sessionId),
            action: 'or-session.reconciliation',
            after: {
              seq,
              source: request.source,
              controllerTimesS,
              needsAcknowledgement: comparison.needsAcknowledgement,
              totalDifferenceS: comparison.totalDifferenceS,
              differingDwells: comparison.dwells.filter((d) => d.differs).map((d) => d.index + 1),
              planId: row.plan_id,
              patientId: row.patient_id,
            },
          }),
        ),
      );
      await changed(sessionId);
      return loadReconciliation(ctx.db, sessionId);
    },

    async acknowledge(
      sessionId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<ReconciliationStateDto> {
      const request = validate(reconciliationAcknowledgementSchema, body, 'acknowledgement');
      const row = await writable(sessionId);
      const { latest } = await loadReconciliation(ctx.db, sessionId);
      if (latest === null)
        throw new AppError('conflict', 'No reconciliation has been recorded for this session.');
      if (latest.seq !== request.seq)
        throw new AppError(
          'version-conflict',
          `Version ${String(request.seq)} is not the latest reconciliation (${String(latest.seq)}); review the latest comparison and acknowledge it.`,
        );
      if (!latest.comparison.needsAcknowledgement)
        throw new AppError(
          'conflict',
          `Version ${String(latest.seq)} has no differences to acknowledge.`,
        );
      if (latest.acknowledgement !== null)
        throw new AppError(
          'conflict',
          `Version ${String(latest.seq)} was already acknowledged by ${latest.acknowledgement.by.displayName}.`,
        );
      const acknowledgedAt = ctx.now().toISOString();
      await appendToSession('reconciliation or measurement', () =>
        withAudit(
          ctx,
          async (trx) => {
            await trx
              .insertInto('or_reconciliation_acknowledgements')
              .values({
                session_id: sessionId,
                seq: latest.seq,
                note: request.note,
                acknowledged_by: user.id,
                acknowledged_by_name: user.displayName,
                acknowledged_by_role: user.role,
                acknowledged_at: acknowledgedAt,
              })
              .execute();
            return latest.seq;
          },
          (seq) => ({
            ...auditBase(actor, sessionId),
            action: 'or-session.reconciliation-acknowledgement',
            after: {
              seq,
              note: request.note,
              by: person(user),
              at: acknowledgedAt,
              planId: row.plan_id,
              patientId: row.patient_id,
            },
          }),
        ),
      );
      await changed(sessionId);
      return loadReconciliation(ctx.db, sessionId);
    },

    async measurements(sessionId: string): Promise<MeasurementDto[]> {
      await session(sessionId);
      return loadMeasurements(ctx.db, sessionId);
    },

    async recordMeasurement(
      sessionId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<MeasurementDto> {
      const measurement = validate(measurementRequestSchema, body, 'measurement');
      const recordedAt = ctx.now().toISOString();
      const warnings: string[] = [];
      if (measurement.kind === 'survey') {
        const surveyDate = recordedAt.slice(0, 10);
        if (measurement.instrumentCalibratedOn > surveyDate)
          throw invalidFields('measurement', [
            {
              path: 'instrumentCalibratedOn',
              message: `must not be after the survey date (${surveyDate})`,
            },
          ]);
        // Warned, not refused: the reading is still a fact of the room (operating-room.md §1.1,
        // IL 32 IAC 360.130 / NE 180 NAC 20-011 / VA 12VAC5-481-3452: survey meter "calibrated
        // within 12 months").
        if (surveyCalibrationOverdue(measurement.instrumentCalibratedOn, surveyDate))
          warnings.push(
            `The survey meter ${measurement.instrumentSerial} was calibrated on ${measurement.instrumentCalibratedOn}, more than 12 months before this survey (${surveyDate}); state rules ask for a calibration within 12 months.`,
          );
      }
      const row = await writable(sessionId);
      const stored = await appendToSession('reconciliation or measurement', () =>
        withAudit(
          ctx,
          async (trx) => {
            const seq = await nextSessionSeq(trx, 'or_measurements', sessionId);
            await trx
              .insertInto('or_measurements')
              .values({
                session_id: sessionId,
                seq,
                kind: measurement.kind,
                input_json: JSON.stringify(measurement),
                warnings_json: JSON.stringify(warnings),
                recorded_by: user.id,
                recorded_by_name: user.displayName,
                recorded_by_role: user.role,
                recorded_at: recordedAt,
              })
              .execute();
            const dto: MeasurementDto = {
              seq,
              measurement,
              ratio: measurementRatio(measurement),
              warnings,
              recordedBy: person(user),
              recordedAt,
            };
            return dto;
          },
          (dto) => ({
            ...auditBase(actor, sessionId),
            action: 'or-session.measurement',
            after: { ...dto, planId: row.plan_id, patientId: row.patient_id },
          }),
        ),
      );
      await changed(sessionId);
      return stored;
    },
  };
}

export type OrReconciliationService = ReturnType<typeof createOrReconciliationService>;

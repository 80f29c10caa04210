import type {
  MeasurementDto,
  MeasurementRequest,
  ReconciliationComparisonDto,
  ReconciliationStateDto,
  ReconciliationVersionDto,
  Role,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The latest reconciliation of a session with its acknowledgement, and whether it is complete
 * (a version exists and it has no differences, or they were acknowledged). The treatment record
 * reads this (or-record).
 */
export async function loadReconciliation(
  db: Kysely<Database>,
  sessionId: string,
): Promise<ReconciliationStateDto> {
  const row = await db
    .selectFrom('or_reconciliations as r')
    .leftJoin('or_reconciliation_acknowledgements as a', (join) =>
      join.onRef('a.session_id', '=', 'r.session_id').onRef('a.seq', '=', 'r.seq'),
    )
    .selectAll('r')
    .select([
      'a.note',
      'a.acknowledged_by',
      'a.acknowledged_by_name',
      'a.acknowledged_by_role',
      'a.acknowledged_at',
    ])
    .where('r.session_id', '=', sessionId)
    .orderBy('r.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) return { latest: null, complete: false };
  const latest: ReconciliationVersionDto = {
    seq: row.seq,
    source: row.source as ReconciliationVersionDto['source'],
    csv: row.csv,
    // Written by this server from checked input and the engine's result.
    controllerTimesS: JSON.parse(row.controller_times_json) as number[],
    comparison: JSON.parse(row.comparison_json) as ReconciliationComparisonDto,
    recordedBy: {
      id: row.recorded_by,
      displayName: row.recorded_by_name,
      role: row.recorded_by_role as Role,
    },
    recordedAt: row.recorded_at,
    acknowledgement:
      row.note === null ||
      row.acknowledged_by === null ||
      row.acknowledged_by_name === null ||
      row.acknowledged_by_role === null ||
      row.acknowledged_at === null
        ? null
        : {
            note: row.note,
            by: {
              id: row.acknowledged_by,
              displayName: row.acknowledged_by_name,
              role: row.acknowledged_by_role as Role,
            },
            at: row.acknowledged_at,
          },
  };
  return {
    latest,
    complete: row.needs_acknowledgement === 0 || latest.acknowledgement !== null,
  };
}

/** Every measurement of a session, oldest first. The treatment record reads this (or-record). */
export async function loadMeasurements(
  db: Kysely<Database>,
  sessionId: string,
): Promise<MeasurementDto[]> {
  const rows = await db
    .selectFrom('or_measurements')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => {
    const measurement = JSON.parse(row.input_json) as MeasurementRequest;
    return {
      seq: row.seq,
      measurement,
      ratio: measurementRatio(measurement),
      warnings: JSON.parse(row.warnings_json) as string[],
      recordedBy: {
        id: row.recorded_by,
        displayName: row.recorded_by_name,
        role: row.recorded_by_role as Role,
      },
      recordedAt: row.recorded_at,
    };
  });
}

/** reading / expected of an in-vivo reading (expected is above 0 by the schema); null for a survey. */
export function measurementRatio(measurement: MeasurementRequest): number | null {
  return measurement.kind === 'in-vivo' ? measurement.readingGy / measurement.expectedGy : null;
}

import {
  DEMONSTRATION_LABEL,
  doseAtPointsGy,
  type Dwell,
  type SourceModel,
} from '@openiort/dosimetry';
import type { FieldError } from '@openiort/contract';
import type { DoseRequest, GridRequest } from './dose-request.ts';
import { computeDoseGridParallel } from './parallel-grid.ts';
import type { ResolvedModel } from './source-model-store.ts';

export interface GridSummary {
  voxelCount: number;
  undefinedVoxelCount: number;
  /** Over the voxels with a dose; null when none has one. */
  meanGy: number | null;
  maxGy: number | null;
  computeMs: number;
  /** Worker threads used; 0 when the grid was small enough for the calling thread. */
  workers: number;
}

export interface DoseAnswer {
  source: { id: string; checksum: string; clinicalUse: boolean };
  airKermaStrengthU: number;
  /** One per requested point; null within 0.1 cm of a dwell, where TG-43 data do not apply. */
  pointDoseGy: (number | null)[];
  grid?: GridSummary;
  warnings: string[];
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** The grid on worker threads (small grids on this thread), summarised. */
async function gridSummary(
  model: SourceModel,
  strength: number,
  dwells: readonly Dwell[],
  grid: GridRequest,
): Promise<GridSummary> {
  const { stats, computeMs, workers } = await computeDoseGridParallel(
    model,
    strength,
    dwells,
    grid,
  );
  return {
    voxelCount: stats.voxelCount,
    undefinedVoxelCount: stats.undefinedVoxelCount,
    meanGy: finiteOrNull(stats.meanGy),
    maxGy: finiteOrNull(stats.maxGy),
    computeMs: Math.round(computeMs * 10) / 10,
    workers,
  };
}

/** The strength to use, or the field error when neither the request nor the model gives one. */
export function strengthFor(
  resolved: ResolvedModel,
  requested: number | undefined,
): number | FieldError {
  const strength = requested ?? resolved.model.nominalAirKermaStrengthU;
  return (
    strength ?? {
      path: 'airKermaStrengthU',
      message: 'is required: the source model has no nominal air-kerma strength',
    }
  );
}

/** Point doses and, when asked, a dose grid's summary; demonstration models are labelled. */
export async function computeDose(
  resolved: ResolvedModel,
  request: DoseRequest,
  strength: number,
): Promise<DoseAnswer> {
  const { model } = resolved;
  const pointDoseGy = doseAtPointsGy(model, strength, request.dwells, request.points);
  return {
    source: {
      id: model.id,
      checksum: resolved.checksum,
      clinicalUse: model.provenance.clinicalUse,
    },
    airKermaStrengthU: strength,
    pointDoseGy: pointDoseGy.map((d) => (d === null ? null : finiteOrNull(d))),
    ...(request.grid === undefined
      ? {}
      : { grid: await gridSummary(model, strength, request.dwells, request.grid) }),
    warnings: model.provenance.clinicalUse ? [] : [DEMONSTRATION_LABEL],
  };
}

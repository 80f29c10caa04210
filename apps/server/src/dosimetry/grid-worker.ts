// Worker thread of parallel-grid.ts: computes z-slabs of a dose grid into a shared buffer.
// Run by Node's type stripping (Node 24), like the rest of the server.
import { parentPort } from 'node:worker_threads';
import {
  computeDoseGrid,
  type DoseGridOptions,
  type Dwell,
  type GridSpec,
  type SourceModel,
} from '@openiort/dosimetry';

export interface GridJobMessage {
  type: 'job';
  jobId: number;
  model: SourceModel;
  airKermaStrengthU: number;
  dwells: Dwell[];
  grid: GridSpec;
  options: DoseGridOptions;
  /** Float32 doses of the whole grid, laid out as in GridSpec. */
  buffer: SharedArrayBuffer;
}

export interface GridSlabMessage {
  type: 'slab';
  jobId: number;
  z0: number;
  z1: number;
}

export type GridWorkerReply =
  | { type: 'done'; jobId: number; z0: number; z1: number }
  | { type: 'error'; jobId: number; message: string };

/**
 * A model arrives as a fresh copy with every job; keeping the first copy of each (by content)
 * lets the engine's per-model table cache hit across jobs.
 */
const MODEL_CACHE_SIZE = 8;
const models = new Map<string, SourceModel>();

function canonicalModel(model: SourceModel): SourceModel {
  const key = JSON.stringify(model);
  const known = models.get(key);
  if (known !== undefined) return known;
  if (models.size >= MODEL_CACHE_SIZE) {
    const oldest = models.keys().next();
    if (oldest.done !== true) models.delete(oldest.value);
  }
  models.set(key, model);
  return model;
}

let job: GridJobMessage | undefined;
const port = parentPort;
if (port === null) throw new Error('grid-worker.ts runs as a worker thread only');

port.on('message', (message: GridJobMessage | GridSlabMessage) => {
  if (message.type === 'job') {
    job = { ...message, model: canonicalModel(message.model) };
    return;
  }
  const { jobId, z0, z1 } = message;
  try {
    if (job?.jobId !== jobId) throw new Error(`slab for unknown job ${String(jobId)}`);
    const { grid } = job;
    const planeSize = grid.size[0] * grid.size[1];
    const { model, airKermaStrengthU, dwells, options } = job;
    const slab = computeDoseGrid(model, airKermaStrengthU, dwells, grid, [z0, z1], options);
    new Float32Array(job.buffer, z0 * planeSize * 4, (z1 - z0) * planeSize).set(slab);
    port.postMessage({ type: 'done', jobId, z0, z1 } satisfies GridWorkerReply);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'error', jobId, message: text } satisfies GridWorkerReply);
  }
});

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  checkGrid,
  computeDoseGrid,
  gridEvaluations,
  gridStats,
  type DoseGridOptions,
  type Dwell,
  type GridSpec,
  type GridStats,
  type SourceModel,
  translationAlongZ,
} from '@openiort/dosimetry';
import type { GridJobMessage, GridSlabMessage, GridWorkerReply } from './grid-worker.ts';

const WORKER_URL = new URL('./grid-worker.ts', import.meta.url);

/**
 * Below this many voxel-dwell evaluations (counted after the engine's shortcuts,
 * gridEvaluations) the grid is computed on the calling thread. From scripts/bench.ts on the
 * 2-core machine: a warm pool beat the calling thread from ~0.05 M evaluations when the cores
 * were free but only from ~0.4 M under load, hence 0.25 M (~10 ms on the calling thread);
 * starting workers for one call costs ~0.2 s, which pays only from ~15 M evaluations.
 */
export const SMALL_GRID_EVALUATIONS = { pool: 250_000, spawned: 15_000_000 } as const;
/**
 * Slabs per worker: several, so that a worker slowed by other load takes fewer. With the z-shift
 * shortcut each slab also evaluates `span` planes below it, so then one slab per worker.
 */
const SLABS_PER_WORKER = 4;

export interface ParallelGridOptions {
  /** Worker threads; default os.availableParallelism(). */
  workers?: number;
  /** Reuse these workers (kept alive by the caller) instead of starting and stopping some. */
  pool?: GridWorkerPool;
  /** Forwarded to computeDoseGrid: its shortcuts (mirror planes, z shifts), default on. */
  gridOptions?: DoseGridOptions;
  /** Override SMALL_GRID_EVALUATIONS (0 forces workers). */
  smallGridEvaluations?: number;
}

export interface ParallelGridResult {
  /** Gy per voxel, NaN where undefined; layout as in GridSpec. */
  doseGy: Float32Array;
  stats: GridStats;
  /** Wall time of the whole call (dispatch, compute, assembly and statistics), ms. */
  computeMs: number;
  /** Worker threads used; 0 when the grid was computed on the calling thread. */
  workers: number;
}

interface PendingJob {
  message: GridJobMessage;
  slabs: [number, number][];
  outstanding: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that compute z-slabs of dose grids. One job at a time (later calls wait);
 * slabs are handed out as workers finish, so the split follows the load on each core.
 * A worker that dies is replaced. Call close() when done (the threads keep the process alive).
 */
export class GridWorkerPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  private queue: Promise<void> = Promise.resolve();
  private current: PendingJob | undefined;
  private nextJobId = 1;
  private closed = false;
  /** A worker failed to start: later jobs are refused rather than left waiting. */
  private failed = false;

  constructor(size: number = availableParallelism()) {
    if (!(Number.isInteger(size) && size > 0))
      throw new RangeError('a pool needs a whole positive number of workers');
    this.size = size;
    for (let n = 0; n < size; n += 1) this.workers.push(this.spawn(n));
  }

  private spawn(index: number): Worker {
    const worker = new Worker(WORKER_URL);
    worker.on('message', (reply: GridWorkerReply) => {
      this.onReply(worker, reply);
    });
    let online = false;
    worker.on('online', () => {
      online = true;
    });
    worker.on('error', (error: unknown) => {
      this.current?.reject(error instanceof Error ? error : new Error(String(error)));
      this.current = undefined;
    });
    // A worker that died after starting is replaced; one that never started (e.g. a Node
    // without type stripping) is not, or the pool would spin.
    worker.on('exit', () => {
      if (this.closed) return;
      this.current?.reject(new Error('a grid worker stopped'));
      this.current = undefined;
      if (online) this.workers[index] = this.spawn(index);
      else this.failed = true;
    });
    return worker;
  }

  private onReply(worker: Worker, reply: GridWorkerReply): void {
    const job = this.current;
    if (job?.message.jobId !== reply.jobId) return;
    if (reply.type === 'error') {
      this.current = undefined;
      job.reject(new Error(`grid worker: ${reply.message}`));
      return;
    }
    job.outstanding -= 1;
    this.feed(worker, job);
    if (job.outstanding === 0) {
      this.current = undefined;
      job.resolve();
    }
  }

  private feed(worker: Worker, job: PendingJob): void {
    const slab = job.slabs.shift();
    if (slab === undefined) return;
    const [z0, z1] = slab;
    worker.postMessage({
      type: 'slab',
      jobId: job.message.jobId,
      z0,
      z1,
    } satisfies GridSlabMessage);
  }

  /** Fills `buffer` (Float32, the whole grid) with the dose; resolves when every slab is in. */
  run(
    job: Omit<GridJobMessage, 'type' | 'jobId'>,
    slabsPerWorker = SLABS_PER_WORKER,
  ): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the grid worker pool is closed'));
    if (this.failed) return Promise.reject(new Error('a grid worker failed to start'));
    const run = this.queue.then(() => this.start(job, slabsPerWorker));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private start(
    job: Omit<GridJobMessage, 'type' | 'jobId'>,
    slabsPerWorker: number,
  ): Promise<void> {
    const nz = job.grid.size[2];
    const count = Math.min(nz, this.size * slabsPerWorker);
    const slabs: [number, number][] = [];
    for (let s = 0; s < count; s += 1)
      slabs.push([Math.floor((s * nz) / count), Math.floor(((s + 1) * nz) / count)]);
    const message: GridJobMessage = { type: 'job', jobId: this.nextJobId++, ...job };
    return new Promise<void>((resolve, reject) => {
      const pending: PendingJob = { message, slabs, outstanding: slabs.length, resolve, reject };
      this.current = pending;
      for (const worker of this.workers) {
        worker.postMessage(message);
        this.feed(worker, pending);
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * computeDoseGrid split into z-slabs over worker threads (both cores by default), assembled in
 * a SharedArrayBuffer; the same numbers as one computeDoseGrid call. Small jobs (fewer than
 * SMALL_GRID_EVALUATIONS voxel-dwell evaluations after the engine's shortcuts) run on the
 * calling thread. Without options.pool, workers are started for the call and stopped after it;
 * starting them costs about 0.2 s per call on the bench machine, so a long-lived caller (the
 * server) should keep a GridWorkerPool.
 */
export async function computeDoseGridParallel(
  model: SourceModel,
  airKermaStrengthU: number,
  dwells: readonly Dwell[],
  grid: GridSpec,
  options: ParallelGridOptions = {},
): Promise<ParallelGridResult> {
  const started = performance.now();
  checkGrid(grid);
  const [nx, ny, nz] = grid.size;
  const gridOptions = options.gridOptions ?? {};
  const evaluations = gridEvaluations(model, dwells, grid, gridOptions);
  const threshold =
    options.smallGridEvaluations ??
    SMALL_GRID_EVALUATIONS[options.pool === undefined ? 'spawned' : 'pool'];
  const wanted = options.pool?.size ?? options.workers ?? availableParallelism();
  if (evaluations < threshold || wanted <= 1) {
    const doseGy = computeDoseGrid(model, airKermaStrengthU, dwells, grid, undefined, gridOptions);
    return { doseGy, stats: gridStats(doseGy), computeMs: performance.now() - started, workers: 0 };
  }
  const buffer = new SharedArrayBuffer(nx * ny * nz * 4);
  const pool = options.pool ?? new GridWorkerPool(wanted);
  const shifted = (gridOptions.zShift ?? true) && translationAlongZ(model, dwells, grid) !== null;
  try {
    await pool.run(
      {
        model,
        airKermaStrengthU,
        dwells: [...dwells],
        grid: { originCm: [...grid.originCm], spacingCm: grid.spacingCm, size: [nx, ny, nz] },
        options: gridOptions,
        buffer,
      },
      shifted ? 1 : SLABS_PER_WORKER,
    );
  } finally {
    if (options.pool === undefined) await pool.close();
  }
  const doseGy = new Float32Array(buffer);
  return {
    doseGy,
    stats: gridStats(doseGy),
    computeMs: performance.now() - started,
    workers: pool.size,
  };
}

// Dose-grid and plan timings: `npm run bench` runs this, then the page benchmark. Prints its
// figures; no test or CI step reads them (DESIGN.md: benchmarks never gate on an absolute time).
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  buildKernelTables,
  computeDoseGrid,
  gridEvaluations,
  type DoseGridOptions,
  planBalloon,
  shellDvh,
  shippedModel,
  type Dwell,
  type GridSpec,
  type PlanDvhRequest,
  type PlanInput,
  type SourceModel,
} from '@openiort/dosimetry';
import {
  computeDoseGridParallel,
  GridWorkerPool,
  type ParallelGridOptions,
} from '../apps/server/src/dosimetry/parallel-grid.ts';

const RUNS = 7;
const pointModel = shippedModel('demo-50kv-ebx') as SourceModel;

/**
 * SYNTHETIC line source, for timing only: L = 0.3 cm, the demonstration model's g(r) (Hiatt 2015
 * points, physics.md §2.2) and an F(r, θ) table with a mild polar dip whose numbers are INVENTED
 * (no published Xoft F table was available). Never use it for dose.
 */
const lineModel: SourceModel = {
  ...pointModel,
  id: 'bench-synthetic-line',
  name: 'SYNTHETIC line source (benchmark only, invented F table)',
  geometry: 'line',
  activeLengthCm: 0.3,
  anisotropyFactor: undefined,
  anisotropyFunction: {
    rCm: [0.5, 1, 2, 5, 10],
    thetaDeg: [0, 1, 2, 3, 5, 10, 20, 30, 45, 60, 90, 120, 135, 150, 160, 170, 175, 178, 179, 180],
    F: [
      0.6, 0.62, 0.65, 0.68, 0.72, 0.8, 0.88, 0.93, 0.96, 0.98, 1, 0.99, 0.98, 0.96, 0.93, 0.87,
      0.8, 0.74, 0.71, 0.68,
    ].map((f) => [0, 1, 2, 3, 4].map((i) => Math.min(1, f + 0.01 * i))),
  },
  provenance: { source: 'invented numbers for benchmarking', clinicalUse: false },
};

/** 20 dwells of 15 s, 0.2 cm apart along the z axis, centred on the origin. */
const dwells: Dwell[] = Array.from({ length: 20 }, (_, n) => ({
  positionCm: [0, 0, (n - 9.5) * 0.2],
  axis: [0, 0, 1],
  timeS: 15,
}));
/** 1 mm grid of 10 × 10 × 10 cm: 101³ voxel centres from −5 to +5 cm on each axis. */
const grid: GridSpec = { originCm: [-5, -5, -5], spacingCm: 0.1, size: [101, 101, 101] };
const voxels = grid.size[0] * grid.size[1] * grid.size[2];
const evaluations = voxels * dwells.length;
const strengthU = pointModel.nominalAirKermaStrengthU ?? 10_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (x: number, digits = 1) => x.toFixed(digits).padStart(8);

async function time(run: () => unknown): Promise<number[]> {
  await run(); // warm-up (JIT, tables, worker start)
  const ms: number[] = [];
  for (let n = 0; n < RUNS; n += 1) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return ms;
}

function report(label: string, ms: number[], share: number): void {
  const rate = (t: number) => evaluations / t / 1000; // million voxel-dwell evaluations per s
  console.log(
    `${label.padEnd(46)} ${fmt(median(ms))} ${fmt(Math.min(...ms))} ms ` +
      `${fmt(rate(median(ms)))} ${fmt(rate(Math.min(...ms)))} M/s   evaluated ${(100 * share).toFixed(1)} %`,
  );
}

const cpuList = cpus();
console.log(
  'OpenIORT dose-grid benchmark — command: npm run bench (node scripts/bench.ts; `npm run bench -- dose` for this part only)',
);
console.log(
  `Machine: ${cpuList[0]?.model ?? 'unknown CPU'}, ${String(cpuList.length)} logical CPUs ` +
    `(availableParallelism ${String(availableParallelism())}); Node ${process.version}; ` +
    `load average at start ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other processes share the cores: figures vary with it)`,
);
console.log(
  `Grid: 101 × 101 × 101 = ${String(voxels)} voxels at 1 mm (10 cm cube, voxel centres −5 … +5 cm); ` +
    `${String(dwells.length)} dwells 0.2 cm apart on the z axis; ` +
    `${String(evaluations)} voxel-dwell evaluations per grid; ${String(RUNS)} timed runs after 1 warm-up.`,
);
console.log(
  [
    'Rate = voxel-dwell evaluations of the whole grid / wall time, in millions per second.',
    '"raw" evaluates every voxel and dwell: the kernel speed. The shortcuts give the same answer',
    '(tests) with less work, so their rates are effective ones: "mirror" evaluates a quarter of each',
    'plane (x and y mirror planes of a central catheter); "+shift" evaluates one dwell and shifts it,',
    'the dwells being 2 voxels apart along z. "evaluated" = share of the evaluations made (one call).',
  ].join('\n'),
);
console.log(
  `Line source: ${lineModel.name}. Point source: ${pointModel.name} (demonstration data).`,
);

for (const model of [lineModel, pointModel]) {
  const ms = [0, 1].map(() => {
    const t0 = performance.now();
    buildKernelTables(model);
    return performance.now() - t0;
  });
  console.log(
    `Kernel tables for the ${model.geometry} model: ${(ms[0] ?? 0).toFixed(1)} ms on first build ` +
      `(cold JIT), ${(ms[1] ?? 0).toFixed(1)} ms rebuilt; built once per model and cached.`,
  );
}

const levels: [string, DoseGridOptions][] = [
  ['raw', { symmetry: false, zShift: false }],
  ['mirror', { symmetry: true, zShift: false }],
  ['mirror+shift', {}],
];
/** Share of the voxel-dwell evaluations actually made in one call (the rest are copied/shifted). */
const evaluatedShare = (model: SourceModel, options: DoseGridOptions) =>
  gridEvaluations(model, dwells, grid, options) / evaluations;

const pool = new GridWorkerPool();
console.log(
  `\n${'configuration'.padEnd(46)} ${'median'.padStart(8)} ${'best'.padStart(8)}    ${'median'.padStart(8)} ${'best'.padStart(8)}`,
);
for (const model of [lineModel, pointModel]) {
  for (const [name, gridOptions] of levels) {
    const kind = `${model.geometry}, ${name}`;
    const share = evaluatedShare(model, gridOptions);
    report(
      `${kind}, 1 thread`,
      await time(() => computeDoseGrid(model, strengthU, dwells, grid, undefined, gridOptions)),
      share,
    );
    const parallel = (options: ParallelGridOptions) =>
      computeDoseGridParallel(model, strengthU, dwells, grid, { gridOptions, ...options });
    report(
      `${kind}, ${String(pool.size)} workers (pool)`,
      await time(() => parallel({ pool, smallGridEvaluations: 0 })),
      share,
    );
    report(
      `${kind}, ${String(pool.size)} workers (spawned per call)`,
      await time(() => parallel({ smallGridEvaluations: 0 })),
      share,
    );
  }
}

// Where workers stop paying: grids of growing size on the calling thread vs the pool
// (parallel-grid.ts SMALL_GRID_EVALUATIONS).
console.log('\nCalling thread vs pool (line source, mirror shortcut only), median ms:');
for (const n of [21, 31, 41, 61]) {
  const half = ((n - 1) / 2) * 0.1;
  const small: GridSpec = { originCm: [-half, -half, -half], spacingCm: 0.1, size: [n, n, n] };
  const options: DoseGridOptions = { zShift: false };
  const onThread = median(
    await time(() => computeDoseGrid(lineModel, strengthU, dwells, small, undefined, options)),
  );
  const onPool = median(
    await time(() =>
      computeDoseGridParallel(lineModel, strengthU, dwells, small, {
        pool,
        smallGridEvaluations: 0,
        gridOptions: options,
      }),
    ),
  );
  const made = gridEvaluations(lineModel, dwells, small, options);
  console.log(
    `  ${String(n)}³ voxels, ${(made / 1e6).toFixed(2)} M evaluations made: calling thread ` +
      `${onThread.toFixed(1)} ms, pool ${onPool.toFixed(1)} ms`,
  );
}

// A complete plan: optimisation (planBalloon) + PTV_EVAL DVH at 1 mm + the 101³ grid on the pool.
const dvhOf = (r: PlanDvhRequest) =>
  shellDvh(r.model, r.airKermaStrengthU, r.dwells, {
    balloonRadiusCm: r.balloonRadiusCm,
    shellThicknessCm: 1,
    skinDistanceCm: r.skinDistanceCm,
    skinClipCm: 0.5,
    spacingCm: 0.1,
    prescriptionGy: r.prescription.doseGy,
  });
const planInput: PlanInput = {
  applicator: { type: 'balloon', fillVolumeCc: 40 },
  prescription: { doseGy: 20, to: 'surface' },
  skinDistanceCm: 1.2,
};
console.log(
  '\nComplete plan: 40 cc balloon, 20 Gy to the surface, skin 1.2 cm (PTV_EVAL clipped), 0.5 cm dwell step:',
);
for (const model of [pointModel, lineModel]) {
  const plan = async (m: SourceModel) => {
    const result = planBalloon(m, planInput, { dvh: dvhOf });
    if (result.status !== 'ok') throw new Error('bench plan refused');
    await computeDoseGridParallel(m, result.airKermaStrengthU, result.dwells, grid, { pool });
    return result;
  };
  const t0 = performance.now();
  const first = await plan(structuredClone(model)); // a new model object: its tables are built
  const cold = performance.now() - t0;
  const request: PlanDvhRequest = {
    model,
    airKermaStrengthU: first.airKermaStrengthU,
    dwells: first.dwells,
    balloonRadiusCm: first.balloonRadiusCm,
    skinDistanceCm: 1.2,
    prescription: planInput.prescription,
  };
  const optimise = median(await time(() => planBalloon(model, planInput)));
  const dvh = median(await time(() => dvhOf(request)));
  const gridMs = median(
    await time(() =>
      computeDoseGridParallel(model, first.airKermaStrengthU, first.dwells, grid, { pool }),
    ),
  );
  const ms = await time(() => plan(model));
  console.log(
    `  ${model.geometry} model, ${String(first.dwells.length)} dwells: median ${median(ms).toFixed(0)} ms, ` +
      `best ${Math.min(...ms).toFixed(0)} ms (optimisation and checks ${optimise.toFixed(0)} ms, ` +
      `DVH ${dvh.toFixed(0)} ms (${first.dvh?.volumeCc.toFixed(1) ?? '?'} cc), grid ${gridMs.toFixed(0)} ms); ` +
      `first plan with a new model object, tables built: ${cold.toFixed(0)} ms.`,
  );
}
await pool.close();
console.log(
  `\nLoad average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
);

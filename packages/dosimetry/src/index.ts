export * from './source-model.ts';
export * from './units.ts';
export * from './interpolation.ts';
export * from './geometry.ts';
export * from './dose-kernel.ts';
export * from './point-dose.ts';
export * from './validate-source-model.ts';
export * from './sources/shipped-models.ts';

/** Version of the dose engine; stored with every saved plan beside the model checksum. */
export const ENGINE_VERSION = '1.0.0';
export * from './planning/plan-limits.ts';
export * from './planning/plan-input.ts';
export * from './planning/balloon.ts';
export * from './planning/dose-rate-matrix.ts';
export * from './planning/nnls.ts';
export * from './planning/optimise-dwell-times.ts';
export * from './planning/evaluate-balloon.ts';
export * from './planning/plan-balloon.ts';
export * from './second-check/second-check.ts';
export * from './grid/kernel-tables.ts';
export * from './grid/dose-grid.ts';
export * from './grid/grid-stats.ts';
export * from './grid/cumulative-dvh.ts';
export * from './grid/shell-dvh.ts';
export * from './grid/grid-shortcuts.ts';
export * from './grid/ptv-eval-dvh.ts';

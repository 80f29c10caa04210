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

import pkg from '../package.json' with { type: 'json' };

/** Reported by /api/health and stored with saved results; one truth, the package version. */
export const APP_VERSION: string = pkg.version;

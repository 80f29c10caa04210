// This engine arrives with its own issue. It stays free of I/O and of other OpenIORT packages;
// eslint.config.js enforces that boundary.
export {};

import './zod-config.ts';
import '@mantine/core/styles.css';
import './app.css';

// Zod decides at schema construction whether it may compile with `new Function`; the CSP forbids
// eval and even the probe is reported. Loading the app only after the configuration has run keeps
// every schema (in whatever chunk the bundler puts it) constructed in jitless mode.
void import('./boot.tsx');

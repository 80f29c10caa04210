import { config } from 'zod';

// The server's CSP forbids eval. Zod 4 compiles fast parsers with `new Function` and probes for
// it; even the caught probe is reported as a CSP violation. Jitless mode skips both.
config({ jitless: true });

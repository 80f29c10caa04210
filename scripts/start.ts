// `npm start`: build the web client if its build is missing or stale, then run the server.
import { ensureWebBuilt } from './web-build.ts';

ensureWebBuilt();
await import('../apps/server/src/main.ts');

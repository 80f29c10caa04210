import net from 'node:net';
import type { HealthResponse } from '@openiort/contract';

/** An audit key for tests only, so that no test run creates a key file (least of all in the repo). */
export const TEST_AUDIT_KEY = 'openiort-test-audit-key-never-use-in-production';

/** Environment giving a server or CLI process the test audit key. */
export const TEST_AUDIT_ENV = { OPENIORT_AUDIT_KEY: TEST_AUDIT_KEY } as const;

/** `env` with the test audit key, unless it names an audit key (or key file) of its own. */
export function withTestAuditKey(env: Record<string, string>): Record<string, string> {
  const ownKey = Object.keys(env).some((name) => name.startsWith('OPENIORT_AUDIT_KEY'));
  return ownKey ? env : { ...TEST_AUDIT_ENV, ...env };
}

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Polls GET /api/health until it answers 200, or fails after `timeoutMs`. */
export async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<HealthResponse> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return (await response.json()) as HealthResponse;
      last = `status ${String(response.status)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${baseUrl} not healthy after ${String(timeoutMs)} ms (${last})`);
}

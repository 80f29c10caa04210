import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_AUDIT_ENV, freePort, waitForHealth } from '../../server/test/process-helpers.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `openiort <args>` on the given database, with `stdin` as its input (e.g. a password). */
export function runOpeniort(
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['apps/server/bin/openiort.js', ...args], {
      cwd: root,
      env: { ...process.env, ...TEST_AUDIT_ENV, ...env },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`openiort ${args.join(' ')} exited with ${String(code)}: ${stderr}`));
    });
    child.stdin.end(stdin);
  });
}

export interface ServerChild {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts the real server (apps/server/src/main.ts) as a child process and waits until healthy. */
export async function startServerChild(
  databaseUrl: string,
  extra: { port?: number; env?: Record<string, string> } = {},
): Promise<ServerChild> {
  const port = extra.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...TEST_AUDIT_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...extra.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => stopChild(child);
  try {
    await waitForHealth(baseUrl, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** SIGTERM (a graceful shutdown), then SIGKILL if it has not exited within five seconds. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

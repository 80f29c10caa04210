import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { freePort, waitForHealth } from './process-helpers.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

it('warns at start when OPENIORT_TRUST_PROXY=true believes every client', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-trust-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    OPENIORT_TRUST_PROXY: 'true',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  try {
    await waitForHealth(`http://127.0.0.1:${String(port)}`, 30_000);
    const warning = output
      .split('\n')
      .filter((line) => line.includes('OPENIORT_TRUST_PROXY'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(warning).toHaveLength(1);
    expect(warning[0]?.level).toBe(40); // pino's "warn"
    expect(warning[0]?.msg).toMatch(/Development only/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(cwd, { recursive: true, force: true });
  }
});

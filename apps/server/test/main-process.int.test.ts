import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HealthResponse } from '@openiort/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { latestMigrationName } from '../src/db/migrate.ts';
import { runCliCaptured } from './cli-io.ts';
import { freePort, waitForHealth } from './process-helpers.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('the server process', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start on bad configuration, naming every bad variable', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PORT: 'eighty',
        DATABASE_URL: 'mysql://db',
        OPENIORT_IDLE_TIMEOUT_MINUTES: '0',
      },
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/PORT="eighty" must be a whole number from 1 to 65535/);
    expect(result.stderr).toMatch(/DATABASE_URL must start with sqlite:/);
    expect(result.stderr).toMatch(/OPENIORT_IDLE_TIMEOUT_MINUTES="0"/);
  });

  it('creates its database under ./data, reports health, and stops cleanly on SIGTERM', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-main-'));
    dirs.push(cwd);
    const port = await freePort();
    // No DATABASE_URL and no audit key, as on a fresh clone: the start makes a key file beside
    // (not inside) ./data.
    const inherited = Object.entries(process.env).filter(
      ([name]) => name !== 'DATABASE_URL' && !name.startsWith('OPENIORT_AUDIT'),
    );
    const env = { ...Object.fromEntries(inherited), PORT: String(port), LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, [MAIN], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const health: HealthResponse = await waitForHealth(
        `http://127.0.0.1:${String(port)}`,
        30_000,
      );
      expect(health).toMatchObject({
        status: 'ok',
        database: {
          dialect: 'sqlite',
          reachable: true,
          schemaVersion: latestMigrationName('sqlite'),
        },
      });
      expect(fs.existsSync(path.join(cwd, 'data', 'openiort.db'))).toBe(true);
      const keyFile = path.join(cwd, 'openiort-keys', 'audit.key');
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(log).toContain(`Created a new audit key file at ${keyFile}`);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  });

  it('refuses to start with an audit key that does not match the chain', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-main-key-'));
    dirs.push(dir);
    const databaseUrl = `sqlite:${path.join(dir, 'openiort.db')}`;
    expect((await runCliCaptured(['demo'], { DATABASE_URL: databaseUrl })).code).toBe(0);
    const result = spawnSync(process.execPath, [MAIN], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        OPENIORT_AUDIT_KEY: 'not-the-key-this-chain-was-written-with',
        PORT: String(await freePort()),
      },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /The audit chain is keyed with key [0-9a-f]{16}, but this instance's audit key is [0-9a-f]{16}/,
    );
  });
});

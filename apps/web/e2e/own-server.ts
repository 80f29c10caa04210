import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '@openiort/contract';
import { afterAll, beforeAll } from 'vitest';
import { runOpeniort, startServerChild, type ServerChild } from './server-child.ts';

export interface Account {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/**
 * A server of the test file's own, on a fresh database, with accounts made by the CLI. For tests
 * whose records would change what other files see on the shared server (patients, criteria).
 * Returns the base URL once started.
 */
export function useOwnServer(accounts: readonly Account[]): () => string {
  let server: ServerChild | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-e2e-own-'));
    const databaseUrl = `sqlite:${path.join(dir, 'openiort.db')}`;
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
    for (const account of accounts) {
      await runOpeniort(
        ['user', 'add', '--email', account.email, '--role', account.role, '--name', account.name],
        env,
        `${account.password}\n`,
      );
    }
    server = await startServerChild(databaseUrl);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (server === undefined) throw new Error('The server is not running (use it inside a test).');
    return server.baseUrl;
  };
}

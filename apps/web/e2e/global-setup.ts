import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../../scripts/web-build.ts';
import { runOpeniort, startServerChild } from './server-child.ts';
import { NURSE } from './accounts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One real server for the whole e2e run, on a fresh SQLite file, so the /setup page still has
 * its first administrator to create. A nurse account exists already (made with the CLI, as an
 * administrator would) for tests that only need someone signed in.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureWebBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-e2e-'));
  const databaseUrl = `sqlite:${path.join(dir, 'openiort.db')}`;
  await runOpeniort(
    ['user', 'add', '--email', NURSE.email, '--role', 'nurse', '--name', NURSE.name],
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    `${NURSE.password}\n`,
  );
  const server = await startServerChild(databaseUrl);
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

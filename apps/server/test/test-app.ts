import type { Problem, Role } from '@openiort/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { openAuditChain } from '../src/audit/audit-chain-open.ts';
import { loadAuditKeyring } from '../src/audit/audit-keyring-load.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { ServiceContext } from '../src/context.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createUser } from '../src/users/user-service.ts';
import type { RegisteredRoute } from '../src/http/access-control.ts';
import { withTestAuditKey } from './process-helpers.ts';
import type { TestDatabase } from './test-databases.ts';

export const TEST_ORIGIN = 'http://localhost:80';
export const TEST_PASSWORD = 'a test passphrase nobody uses';

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-26T08:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advanceMinutes: (minutes: number) => {
      current += minutes * 60_000;
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  ctx: ServiceContext;
  routes: RegisteredRoute[];
  clock: ReturnType<typeof manualClock>;
  /** Creates an account with this role, signs it in, and returns its cookie header. */
  signInAs: (role: Role, email?: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function createTestApp(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', ...withTestAuditKey(env) }, process.cwd()),
    database: database.target,
  };
  const handle = createDatabase(database.target);
  const clock = manualClock();
  const ctx: ServiceContext = {
    db: handle.db,
    dialect: handle.dialect,
    now: clock.now,
    config,
    auditKeys: loadAuditKeyring(config.audit).keyring,
  };
  try {
    await openAuditChain(ctx, await migrateToLatest(handle));
  } catch (error) {
    // A refused start (wrong audit key, tampered chain) must not leave the database open.
    await handle.close();
    throw error;
  }
  const { app, routes } = await buildApp(ctx, { logger: false });
  let accounts = 0;
  const signInAs = async (role: Role, email?: string) => {
    accounts += 1;
    const address = email ?? `${role}-${String(accounts)}@example.org`;
    await createUser(
      ctx,
      { email: address, displayName: `Test ${role}`, role, password: TEST_PASSWORD },
      {
        id: null,
        email: 'test-setup',
        role: null,
        clientAddress: null,
      },
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: TEST_ORIGIN, host: 'localhost:80' },
      payload: { email: address, password: TEST_PASSWORD },
    });
    return sessionCookieOf(response);
  };
  return {
    app,
    ctx,
    routes,
    clock,
    signInAs,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'openiort_session');
  if (cookie === undefined)
    throw new Error(`no session cookie (status ${String(response.statusCode)}: ${response.body})`);
  return `openiort_session=${cookie.value}`;
}

/** Headers a same-origin browser request carries. */
export function browserHeaders(cookie?: string): Record<string, string> {
  return { origin: TEST_ORIGIN, host: 'localhost:80', ...(cookie === undefined ? {} : { cookie }) };
}

/** The field paths a validation problem names, sorted. */
export function problemPaths(response: LightMyRequestResponse): string[] | undefined {
  return response
    .json<Problem>()
    .errors?.map((e) => e.path)
    .sort();
}

/** An id in the right format that names no record, for "not found" answers. */
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
